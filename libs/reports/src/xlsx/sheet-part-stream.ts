import { Transform, type TransformCallback } from 'node:stream';

const BATCH_BYTES = 64 * 1024;

/** exceljs writes some XML through its own reusable string buffer rather than strings. */
interface ExcelJsStringBuf {
  toBuffer(): Buffer;
}

function isExcelJsStringBuf(chunk: unknown): chunk is ExcelJsStringBuf {
  return typeof chunk === 'object' && chunk !== null && !Buffer.isBuffer(chunk) && typeof (chunk as ExcelJsStringBuf).toBuffer === 'function';
}

/**
 * The stream one worksheet's XML goes through on its way into the zip. Unlike exceljs's own
 * StreamBuf, which ignores the zip's backpressure and lets the whole uncompressed sheet pile up,
 * this is a real Node stream: `writableNeedDrain` tells the producer to wait. It gathers exceljs's
 * row-sized writes into 64 KiB chunks so that zlib is called once per chunk, not once per row.
 */
export class SheetPartStream extends Transform {
  private batch = Buffer.allocUnsafe(BATCH_BYTES);
  private used = 0;

  constructor() {
    super({ decodeStrings: false, writableHighWaterMark: 4 * BATCH_BYTES, readableHighWaterMark: BATCH_BYTES });
  }

  // exceljs reuses its string buffer for the next write, so it is copied now, not when queued.
  override write(chunk: unknown, ...rest: unknown[]): boolean {
    const data = isExcelJsStringBuf(chunk) ? chunk.toBuffer() : chunk;
    return (super.write as (chunk: unknown, ...rest: unknown[]) => boolean)(data, ...rest);
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (this.used + size > BATCH_BYTES) this.pushBatch();
    if (size > BATCH_BYTES) {
      this.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    } else {
      if (typeof chunk === 'string') this.batch.write(chunk, this.used);
      else chunk.copy(this.batch, this.used);
      this.used += size;
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.pushBatch();
    callback();
  }

  // The filled buffer goes downstream as it is, and a fresh one takes its place: no copy.
  private pushBatch(): void {
    if (this.used === 0) return;
    this.push(this.batch.subarray(0, this.used));
    this.batch = Buffer.allocUnsafe(BATCH_BYTES);
    this.used = 0;
  }
}
