import { PassThrough } from 'node:stream';
import { safeFileName, UnprocessableError } from '@stemme/platform';
import { type RawRow, writeCsvStream, writeXlsxStream, XLSX_MAX_DATA_ROWS, XlsxRowLimitError } from '@stemme/reports';
import type { Geography } from '@stemme/aggregation';
import { rawDataPlan } from '../raw-data/raw-data-plan';
import type { ResponseExportRepository } from '../raw-data/response-export.repository';
import type { ExportQuestionnaire } from '../results/study-results';
import { ZipOutput } from '../zip/zip-output';
import { type ExportProduct, type ExportRun, today } from './export-run';

export interface RawDataSources {
  responses: ResponseExportRepository;
  questionnaire: ExportQuestionnaire;
  geography: Geography;
}

/**
 * Raw data: one row per response, streamed from PostgreSQL through `writeXlsxStream` (data sheet
 * and codebook sheet) or `writeCsvStream` (a zip of the data and the codebook as CSV), in memory
 * that does not grow with the number of responses.
 */
export async function exportRawData(run: ExportRun, sources: RawDataSources): Promise<ExportProduct> {
  const language = run.options.language ?? 'nb';
  const plan = rawDataPlan({ questionnaire: sources.questionnaire, ageBands: run.study.ageBands, geography: sources.geography, freeTextExport: run.study.freeTextExport, language });
  const versionIds = sources.questionnaire.versions.map((version) => version.id);
  const format = run.options.format ?? 'xlsx';
  run.progress(1, language === 'en' ? 'counting responses' : 'teller svar');
  const total = await sources.responses.count(versionIds);
  if (format === 'xlsx' && total > XLSX_MAX_DATA_ROWS) {
    run.output.destroy();
    throw new UnprocessableError(`${total} responses are more than an Excel sheet holds (${XLSX_MAX_DATA_ROWS}): export CSV instead`);
  }

  async function* rows(): AsyncGenerator<RawRow> {
    let number = 0;
    for await (const batch of sources.responses.batches(versionIds, plan.readsTexts)) {
      if (run.signal.aborted) throw run.signal.reason;
      for (const response of batch) yield plan.rowOf(response, ++number);
      run.progress(2 + (96 * number) / Math.max(total, 1), `${number} / ${total}`);
    }
  }

  const baseName = `${safeFileName(run.study.name, 'studie')}-${language === 'en' ? 'raw-data' : 'radata'}-${today()}`;
  const dataName = language === 'en' ? 'Responses' : 'Svar';
  const codebookName = language === 'en' ? 'Codebook' : 'Kodebok';
  if (format === 'xlsx') {
    try {
      await writeXlsxStream(
        { data: { name: dataName, columns: plan.columns, rows: rows() }, codebook: { name: codebookName, columns: plan.codebookColumns, rows: plan.codebook }, creator: 'Stemme' },
        run.output,
      );
    } catch (error) {
      if (error instanceof XlsxRowLimitError) throw new UnprocessableError(error.message);
      throw error;
    }
    return { baseName, extension: 'xlsx' };
  }

  const zip = new ZipOutput(run.output);
  try {
    const separator = run.options.separator ?? ';';
    for (const [name, table] of [
      [dataName, { columns: plan.columns, rows: rows() }],
      [codebookName, { columns: plan.codebookColumns, rows: plan.codebook }],
    ] as const) {
      const entry = new PassThrough();
      const added = zip.add(`${safeFileName(name)}.csv`, entry);
      await writeCsvStream(table, entry, { separator });
      await added;
    }
    await zip.finish();
  } catch (error) {
    zip.abort();
    throw error;
  }
  return { baseName, extension: 'zip' };
}
