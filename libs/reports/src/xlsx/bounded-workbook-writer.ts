import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { stream as excelStream } from 'exceljs';
import { watchForFailure, type FailureWatch } from '../tabular/write-with-backpressure';
import { SheetPartStream } from './sheet-part-stream';

/** The parts of exceljs's (undocumented) zip that we use: an archiver 5 instance. */
interface ExcelJsZip extends Readable {
  append(source: Readable, entry: { name: string }): void;
  abort(): void;
}

/**
 * exceljs's streaming WorkbookWriter with bounded memory.
 *
 * exceljs writes each worksheet part into its own StreamBuf, whose write() always returns true
 * and writes on into the zip without waiting: archiver wraps it in a PassThrough (it has no
 * `_readableState`), and that PassThrough holds every byte that zlib has not deflated yet. A
 * producer that runs faster than zlib (or than a slow client) therefore keeps the whole
 * uncompressed sheet XML in memory, outside the JS heap. Here each part is a SheetPartStream
 * instead, and the producer waits for it to drain. `_openStream` is the one exceljs internal
 * this relies on (exceljs 4.4, lib/stream/xlsx/workbook-writer.js); the specs would catch a
 * change in it.
 */
export class BoundedWorkbookWriter extends excelStream.xlsx.WorkbookWriter {
  private readonly parts: SheetPartStream[] = [];
  private readonly failureWatch: FailureWatch;

  constructor(
    private readonly output: Writable,
    creator: string,
  ) {
    // Shared strings would keep every distinct text of the export in memory; styles cost two
    // thirds of the time (every cell gets its own style object to look up).
    super({ stream: output, useSharedStrings: false, useStyles: false });
    this.creator = creator;
    this.lastModifiedBy = creator;
    this.failureWatch = watchForFailure([output, this.archive]);
  }

  _openStream(path: string): SheetPartStream {
    const part = new SheetPartStream();
    this.parts.push(part);
    this.archive.append(part, { name: path });
    part.once('finish', () => part.emit('zipped'));
    return part;
  }

  /** True while a sheet part holds more than its high-water mark: stop writing rows. */
  get mustWait(): boolean {
    return this.parts.some((part) => part.writableNeedDrain);
  }

  /** Resolves when every part has room again; rejects if the zip or the output fails. */
  async drained(): Promise<void> {
    for (const part of this.parts) {
      if (part.writableNeedDrain) await Promise.race([once(part, 'drain'), this.failureWatch.failed]);
    }
  }

  async finish(): Promise<void> {
    await Promise.race([this.commit(), this.failureWatch.failed]);
  }

  /**
   * Stops the zip without ending the output, and destroys the output (with no 'error' event, which
   * would crash a caller without a listener): a reader never takes a truncated file for complete.
   */
  abort(): void {
    this.archive.unpipe(this.output);
    this.archive.abort();
    for (const part of this.parts) part.destroy();
    this.output.destroy();
  }

  stopWatching(): void {
    this.failureWatch.stop();
  }

  // The base class owns the property `zip`; a getter of that name would break its constructor.
  private get archive(): ExcelJsZip {
    return (this as unknown as { zip: ExcelJsZip }).zip;
  }
}
