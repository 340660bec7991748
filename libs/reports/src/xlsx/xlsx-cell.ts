import type { RawValue } from '../tabular/table';

/** Excel keeps at most this many characters in a cell and asks to "repair" a file with more. */
export const EXCEL_MAX_CELL_TEXT = 32_767;

export type XlsxCellValue = number | string | Date | null;

/**
 * The value exceljs will write. Only numbers, strings and dates get through, so a cell can never
 * become a formula (exceljs writes a formula only for an object with a `formula` key): text
 * starting with =, +, -, @, tab or CR is stored as a typed string.
 */
export function toXlsxCell(value: RawValue): XlsxCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return toCellText(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  throw new TypeError(`Unsupported cell value of type ${typeof value}: only numbers, text, dates and blanks are exported`);
}

// XML readers turn a raw CR into LF anyway (XML 1.0 §2.11), and Excel breaks lines in a cell at
// LF: say so here rather than leave it to each reader.
function toCellText(text: string): string {
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return lines.length > EXCEL_MAX_CELL_TEXT ? lines.slice(0, EXCEL_MAX_CELL_TEXT) : lines;
}
