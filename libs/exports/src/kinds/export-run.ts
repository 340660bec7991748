import type { Writable } from 'node:stream';
import type { Study } from '@stemme/studies';
import type { ChartRenderer } from '../charts/chart-renderer';
import type { ExportOptions } from '../export-kinds';

/** Called as an export goes: percent done and a short stage text. */
export type ExportProgress = (percent: number, stage: string) => void;

/** What an export kind gets to make its file. */
export interface ExportRun {
  study: Study;
  options: ExportOptions;
  /** The file being written (under a temporary name). The kind ends it, or destroys it when it fails. */
  output: Writable;
  progress: ExportProgress;
  /** Aborted when the export takes too long or the worker shuts down: stop at the next chance. */
  signal: AbortSignal;
  charts: ChartRenderer;
}

/** What the kind made: the name a download gets (without the extension) and its type. */
export interface ExportProduct {
  baseName: string;
  extension: 'xlsx' | 'zip';
}

export const CONTENT_TYPES: Record<ExportProduct['extension'], string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

/** Writes a buffer to the output and ends it. */
export async function writeAll(output: Writable, data: Buffer): Promise<void> {
  const finished = new Promise<void>((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
  });
  output.end(data);
  await finished;
}

/** Work started ahead of its turn: if it fails while an earlier step fails, its rejection is not left unhandled (the step awaiting it still sees it). */
export function ahead<T>(work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  return work;
}

/** Today's date, YYYY-MM-DD, for file names. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
