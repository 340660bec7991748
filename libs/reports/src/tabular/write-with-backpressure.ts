import { once, type EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';

export interface FailureWatch {
  /** Rejects with the first 'error' any watched emitter emits; never resolves. */
  failed: Promise<never>;
  stop(): void;
}

/**
 * Listens for 'error' for the whole of an export, also while it waits for its source: an
 * emitter with no 'error' listener would crash the process instead.
 */
export function watchForFailure(emitters: readonly EventEmitter[]): FailureWatch {
  let onError: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_resolve, reject) => (onError = reject));
  failed.catch(() => undefined);
  for (const emitter of emitters) emitter.on('error', onError);
  return { failed, stop: () => emitters.forEach((emitter) => emitter.off('error', onError)) };
}

/** Writes a chunk and, when the stream's buffer is full, waits for it to drain. */
export async function writeWithBackpressure(output: Writable, chunk: string, failed: Promise<never>): Promise<void> {
  if (output.destroyed) throw new Error('The output stream was destroyed');
  if (!output.write(chunk)) await Promise.race([once(output, 'drain'), failed]);
}

/** Ends the stream and waits until everything has been flushed. */
export async function endAndFinish(output: Writable, failed: Promise<never>): Promise<void> {
  const finished = once(output, 'finish');
  output.end();
  await Promise.race([finished, failed]);
}
