import type { Writable } from 'node:stream';
import { assertValidSheetName } from '../tabular/sheet-name';
import type { ExportColumn, ExportTable } from '../tabular/table';
import { BoundedWorkbookWriter } from './bounded-workbook-writer';
import { toXlsxCell } from './xlsx-cell';

/** Excel's sheet has 1,048,576 rows; one of them is the header. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;
const XLSX_MAX_COLUMNS = 16_384;

export interface XlsxExport {
  /** The raw data, one row per response: written first, as the first sheet. */
  data: ExportTable;
  /** A small second sheet explaining variables and codes. */
  codebook?: ExportTable;
  /** Shown as the file's author in Excel. */
  creator?: string;
}

export interface XlsxExportSummary {
  dataRows: number;
}

export class XlsxRowLimitError extends RangeError {
  constructor(readonly sheet: string) {
    super(`Sheet "${sheet}" has more than ${XLSX_MAX_DATA_ROWS} rows, the most Excel can open; export CSV instead`);
  }
}

/**
 * Streams a workbook to `output` in bounded memory, however many rows there are: a row is read
 * from the source only when the zip has room (about 0.5 MiB of sheet XML waits in our part
 * stream, and up to about 2 MiB of compressed data in archiver). Each sheet has a frozen header
 * row; text is never written as a formula. The output is ended on success; on failure
 * it is destroyed, never ended, so a download cannot look complete, and the promise rejects.
 */
export async function writeXlsxStream(workbookExport: XlsxExport, output: Writable): Promise<XlsxExportSummary> {
  const tables = [workbookExport.data, ...(workbookExport.codebook ? [workbookExport.codebook] : [])];
  assertWritableTables(tables);
  const workbook = new BoundedWorkbookWriter(output, workbookExport.creator ?? 'Stemme');
  try {
    const dataRows = await writeSheet(workbook, workbookExport.data);
    if (workbookExport.codebook) await writeSheet(workbook, workbookExport.codebook);
    await workbook.finish();
    return { dataRows };
  } catch (error) {
    workbook.abort();
    throw error;
  } finally {
    workbook.stopWatching();
  }
}

function assertWritableTables(tables: readonly ExportTable[]): void {
  for (const table of tables) {
    assertValidSheetName(table.name);
    if (table.columns.length === 0 || table.columns.length > XLSX_MAX_COLUMNS) {
      throw new RangeError(`Sheet "${table.name}" must have 1–${XLSX_MAX_COLUMNS} columns`);
    }
  }
  const names = tables.map((table) => table.name.toLowerCase());
  if (new Set(names).size !== names.length) throw new RangeError('Sheet names must differ (Excel ignores case)');
}

// Sheets are written one after the other: the zip takes its parts in order, so a second sheet
// begun before the first is committed would wait for ever.
async function writeSheet(workbook: BoundedWorkbookWriter, table: ExportTable): Promise<number> {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  sheet.columns = table.columns.map((column) => ({ width: column.width ?? guessWidth(column) }));
  sheet.addRow(table.columns.map((column) => column.header)).commit();
  let rows = 0;
  for await (const row of table.rows) {
    if (++rows > XLSX_MAX_DATA_ROWS) throw new XlsxRowLimitError(table.name);
    sheet.addRow(row.map(toXlsxCell)).commit();
    if (workbook.mustWait) await workbook.drained();
  }
  sheet.commit();
  return rows;
}

function guessWidth(column: ExportColumn): number {
  return Math.min(60, Math.max(8, column.header.length + 2));
}
