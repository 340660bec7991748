import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface SheetDigest {
  rows: number;
  sum: number;
  blanks: number;
  formulas: number;
}

/**
 * Reads the first sheet back with Python's zipfile and ElementTree: another program than the
 * writer, streaming, and reading the zip through its central directory as Excel does.
 */
export async function digestFirstSheet(file: string, columns: number): Promise<SheetDigest> {
  const script = join(__dirname, 'xlsx_digest.py');
  const { stdout } = await promisify(execFile)('python3', [script, file, String(columns)], { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout) as SheetDigest;
}
