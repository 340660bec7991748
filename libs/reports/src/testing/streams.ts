import { Writable } from 'node:stream';

/** Collects everything written, so a test can read the file back. */
export class MemorySink extends Writable {
  private readonly chunks: Buffer[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    callback();
  }

  get contents(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/**
 * A client that stops reading: it takes the first write and then holds it until `release()`,
 * as a slow download or a full disk would.
 */
export class StalledSink extends MemorySink {
  private held: (() => void)[] = [];
  private released = false;

  constructor() {
    super({ highWaterMark: 16 * 1024 });
  }

  override _write(chunk: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.released) return super._write(chunk, encoding, callback);
    this.held.push(() => super._write(chunk, encoding, callback));
  }

  release(): void {
    this.released = true;
    for (const write of this.held) write();
    this.held = [];
  }
}

/** Rows from a generator that counts how many the writer has pulled so far. */
export function countedRows<T>(rows: Iterable<T>): { rows: AsyncIterable<T>; pulled: () => number } {
  let pulled = 0;
  async function* generate(): AsyncGenerator<T> {
    for (const row of rows) {
      pulled++;
      yield row;
    }
  }
  return { rows: generate(), pulled: () => pulled };
}

/** Resolves once `read()` has kept the same value for `quietMs`; fails after `timeoutMs`. */
export async function settledValue(read: () => number, quietMs = 300, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = read();
  let since = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const now = read();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return now;
    }
  }
  throw new Error(`Value did not settle within ${timeoutMs} ms (last ${last})`);
}
