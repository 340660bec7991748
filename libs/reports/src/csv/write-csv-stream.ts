import type { Writable } from 'node:stream';
import type { ExportTable, RawRow } from '../tabular/table';
import { endAndFinish, watchForFailure, writeWithBackpressure } from '../tabular/write-with-backpressure';
import { csvField, type CsvFormat, type CsvSeparator, type DecimalSeparator } from './csv-field';

export interface CsvOptions {
  /** Norwegian Excel expects semicolons (the comma is its decimal separator). */
  separator: CsvSeparator;
  /** Defaults to a comma with semicolons and to a point with commas. */
  decimalSeparator?: DecimalSeparator;
}

export interface CsvExportSummary {
  rows: number;
}

const BOM = '\uFEFF';
const LINE_END = '\r\n';
const CHUNK_CHARS = 64 * 1024;

/**
 * Streams a table as CSV: UTF-8 with a byte order mark (so Excel reads æøå), CRLF line ends,
 * RFC 4180 quoting, and text that a spreadsheet would take for a formula prefixed with an
 * apostrophe. Rows are read from the source only as fast as the output takes them. The output
 * is ended on success; on failure it is destroyed (with no 'error' event) and the promise rejects.
 */
export async function writeCsvStream(table: Pick<ExportTable, 'columns' | 'rows'>, output: Writable, options: CsvOptions): Promise<CsvExportSummary> {
  const format = csvFormat(options);
  const line = (values: RawRow): string => values.map((value) => csvField(value, format)).join(format.separator) + LINE_END;
  const watch = watchForFailure([output]);
  try {
    let pending = BOM + line(table.columns.map((column) => column.header));
    let rows = 0;
    for await (const row of table.rows) {
      pending += line(row);
      rows++;
      if (pending.length >= CHUNK_CHARS) {
        await writeWithBackpressure(output, pending, watch.failed);
        pending = '';
      }
    }
    if (pending) await writeWithBackpressure(output, pending, watch.failed);
    await endAndFinish(output, watch.failed);
    return { rows };
  } catch (error) {
    output.destroy();
    throw error;
  } finally {
    watch.stop();
  }
}

function csvFormat({ separator, decimalSeparator = separator === ';' ? ',' : '.' }: CsvOptions): CsvFormat {
  if (separator === decimalSeparator) throw new RangeError('The decimal separator must differ from the field separator');
  return { separator, decimalSeparator };
}
