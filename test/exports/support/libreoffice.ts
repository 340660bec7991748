import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * LibreOffice as the independent reader of our xlsx files: `soffice --convert-to csv` with the
 * sheet option -1 writes every sheet to its own CSV file. Raw cell values are written, not as
 * shown, except that percent cells keep their "%" (so 0.4532 with format 0.0% reads "45.32%").
 * Each call has its own LibreOffice profile, so parallel test files do not lock each other out.
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export async function sheetsAsCsv(xlsxFile: string): Promise<Map<string, string[][]>> {
  const work = await mkdtemp(join(tmpdir(), 'stemme-soffice-'));
  try {
    const profile = `file://${join(work, 'profile')}`;
    await promisify(execFile)('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', CSV_FILTER, '--outdir', join(work, 'out'), xlsxFile], { timeout: 120_000 });
    const prefix = `${basename(xlsxFile).replace(/\.xlsx$/, '')}-`;
    const sheets = new Map<string, string[][]>();
    for (const file of await readdir(join(work, 'out'))) {
      sheets.set(file.slice(prefix.length, -'.csv'.length), parseCsv(await readFile(join(work, 'out', file), 'utf8')));
    }
    return sheets;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV, comma-separated, CRLF or LF line ends. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** A cell as LibreOffice wrote it: a number (percent as a fraction), ":" for hidden, null for empty, or text. */
export function cellValue(cell: string | undefined): number | string | null {
  if (cell === undefined || cell === '') return null;
  if (/^-?\d+(\.\d+)?(E-?\d+)?%$/i.test(cell)) return Number(cell.slice(0, -1)) / 100;
  if (/^-?\d+(\.\d+)?(E-?\d+)?$/i.test(cell)) return Number(cell);
  return cell;
}
