import { neutraliseFormula } from '../tabular/formula-guard';
import type { RawValue } from '../tabular/table';

export type CsvSeparator = ';' | ',';
export type DecimalSeparator = '.' | ',';

export interface CsvFormat {
  separator: CsvSeparator;
  decimalSeparator: DecimalSeparator;
}

// Either separator is quoted, whichever is in use: harmless, and the file reads the same in
// programs that guess the separator.
const NEEDS_QUOTES = /[;,"\r\n]/;

/** One field as RFC 4180 wants it: quoted when it holds a separator, a quote or a line break. */
export function csvField(value: RawValue, format: CsvFormat): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, format.decimalSeparator);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value !== 'string') throw new TypeError(`Unsupported cell value of type ${typeof value}: only numbers, text, dates and blanks are exported`);
  return quoteIfNeeded(neutraliseFormula(value));
}

function formatNumber(value: number, decimalSeparator: DecimalSeparator): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return decimalSeparator === '.' ? text : text.replace('.', decimalSeparator);
}

function quoteIfNeeded(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
