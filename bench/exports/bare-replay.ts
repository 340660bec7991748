import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, readSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { stream as excelStream } from 'exceljs';
import { type ExportQuestionnaire, StudyResultsReader } from '@stemme/exports';
import type { RawRow } from '@stemme/reports';
import { rawDataPlan, type RawDataPlan } from '../../libs/exports/src/raw-data/raw-data-plan';
import { ResponseExportRepository } from '../../libs/exports/src/raw-data/response-export.repository';

/** Codes written as text (municipality, county, the municipality answered): numbers in the dump, padded again on replay. */
export type TextColumns = Map<number, number>;

export interface RawPlanOfStudy {
  plan: RawDataPlan;
  questionnaire: ExportQuestionnaire;
}

export async function rawPlanOf(app: INestApplicationContext, studyId: string): Promise<RawPlanOfStudy> {
  const reader = app.get(StudyResultsReader);
  const study = await reader.study(studyId);
  const questionnaire = await reader.questionnaire(studyId);
  const plan = rawDataPlan({ questionnaire, ageBands: study.ageBands, geography: await reader.geography(), freeTextExport: study.freeTextExport, language: 'nb' });
  return { plan, questionnaire };
}

/**
 * Writes the raw export's cells to a file of float64s (NaN for blank), row after row: what the
 * bare writer replays, so that it writes exactly the same cells without reading PostgreSQL.
 */
export async function dumpRawCells(app: INestApplicationContext, studyId: string, file: string): Promise<{ rows: number; width: number; textColumns: TextColumns }> {
  const { plan, questionnaire } = await rawPlanOf(app, studyId);
  const width = plan.columns.length;
  const output = createWriteStream(file);
  let rows = 0;
  const textColumns: TextColumns = new Map();
  for await (const batch of app.get(ResponseExportRepository).batches(questionnaire.versions.map((version) => version.id), plan.readsTexts)) {
    const cells = new Float64Array(batch.length * width);
    batch.forEach((response, index) => {
      plan.rowOf(response, ++rows).forEach((value, column) => {
        if (typeof value === 'string') textColumns.set(column, value.length);
        cells[index * width + column] = value === null ? NaN : Number(value);
      });
    });
    if (!output.write(Buffer.from(cells.buffer))) await once(output, 'drain');
  }
  output.end();
  await once(output, 'close');
  return { rows, width, textColumns };
}

function* replay(file: string, width: number, textColumns: TextColumns, rowsPerRead = 4096): Generator<RawRow> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(rowsPerRead * width * 8);
    for (;;) {
      const bytes = readSync(fd, buffer, 0, buffer.length, null);
      if (bytes === 0) return;
      const cells = new Float64Array(buffer.buffer, buffer.byteOffset, bytes / 8);
      for (let start = 0; start < cells.length; start += width) {
        const row: (number | string | null)[] = new Array(width);
        for (let column = 0; column < width; column++) {
          const value = cells[start + column];
          const pad = textColumns.get(column);
          row[column] = Number.isNaN(value) ? null : pad ? String(value).padStart(pad, '0') : value;
        }
        yield row;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** exceljs's streaming WorkbookWriter as its README shows it, writing the dumped cells and the same codebook. */
export async function writeBare(plan: RawDataPlan, dump: { file: string; width: number; textColumns: TextColumns }, file: string): Promise<number> {
  const workbook = new excelStream.xlsx.WorkbookWriter({ filename: file });
  const sheet = workbook.addWorksheet('Svar', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(plan.columns.map((column) => column.header)).commit();
  let rows = 0;
  for (const row of replay(dump.file, dump.width, dump.textColumns)) {
    sheet.addRow(row as (number | string | null)[]).commit();
    rows++;
  }
  sheet.commit();
  const codebook = workbook.addWorksheet('Kodebok');
  codebook.addRow(plan.codebookColumns.map((column) => column.header)).commit();
  for (const row of plan.codebook) codebook.addRow(row as (number | string | null)[]).commit();
  codebook.commit();
  await workbook.commit();
  return rows;
}
