import { createWriteStream } from 'node:fs';
import { stream as excelStream } from 'exceljs';
import { writeXlsxStream } from '../../libs/reports/src';
import { syntheticHeaders, syntheticRows } from './synthetic-rows';

export type VariantName = 'bare' | 'bounded';

export interface VariantInput {
  rows: number;
  columns: number;
  file: string;
}

/** exceljs's streaming writer as its README shows it: commit every row, then the sheet and the book. */
async function writeBare({ rows, columns, file }: VariantInput): Promise<void> {
  const workbook = new excelStream.xlsx.WorkbookWriter({ filename: file });
  const sheet = workbook.addWorksheet('Svar', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(syntheticHeaders(columns)).commit();
  for (const row of syntheticRows(rows, columns)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

async function writeBounded({ rows, columns, file }: VariantInput): Promise<void> {
  const output = createWriteStream(file);
  await writeXlsxStream(
    {
      data: { name: 'Svar', columns: syntheticHeaders(columns).map((header) => ({ header })), rows: syntheticRows(rows, columns) },
      codebook: {
        name: 'Kodebok',
        columns: [{ header: 'Variabel' }, { header: 'Kode' }, { header: 'Etikett' }],
        rows: syntheticHeaders(columns).flatMap((variable) => [1, 2, 3, 4, 5].map((code) => [variable, code, `Svar ${code}`])),
      },
    },
    output,
  );
}

export const variants: Record<VariantName, (input: VariantInput) => Promise<void>> = { bare: writeBare, bounded: writeBounded };
