import { safeFileName } from '@stemme/platform';
import { allCharts, type NamedChart } from '../charts/chart-sets';
import type { ChartFormat } from '../export-kinds';
import type { StudyResultsReader } from '../results/study-results.reader';
import { ZipOutput } from '../zip/zip-output';
import { ahead, type ExportProduct, type ExportRun, today } from './export-run';
import { questionBreakdowns } from './results-workbook.export';

/** Print resolution: 1800 pixels across. */
const CHART_PIXEL_RATIO = 2;

/**
 * Every question's charts by county, age band and municipality (a chart per county), as PNG and
 * SVG, in one zip with a folder per question. Charts are drawn in the pool's threads a question
 * ahead of the one being zipped.
 */
export async function exportCharts(run: ExportRun, reader: StudyResultsReader): Promise<ExportProduct> {
  const language = run.options.language ?? 'nb';
  const formats: ChartFormat[] = run.options.formats ?? ['png', 'svg'];
  const questionnaire = await reader.questionnaire(run.study.id, run.options.questionnaireId);
  run.progress(2, language === 'en' ? 'reading the figures' : 'henter tallene');
  const breakdowns = await reader.read(run.study, questionnaire, (snapshot) =>
    questionBreakdowns(snapshot, language, (done) => run.progress(2 + (18 * done) / snapshot.questions.length, `${done} / ${snapshot.questions.length}`)),
  );
  const render = (charts: NamedChart[]) =>
    Promise.all(
      charts.flatMap((chart) =>
        formats.map(async (format) => ({
          name: `${chart.name}.${format}`,
          file: format === 'png' ? await run.charts.png(chart.spec, { pixelRatio: CHART_PIXEL_RATIO }) : await run.charts.svg(chart.spec),
          format,
        })),
      ),
    );

  const zip = new ZipOutput(run.output);
  try {
    const sets = breakdowns.map((data) => ({ folder: data.question.variable, charts: allCharts(data, language, run.study.disclosureThreshold) }));
    let next = ahead(sets.length ? render(sets[0].charts) : Promise.resolve([]));
    for (const [index, set] of sets.entries()) {
      const files = await next;
      if (run.signal.aborted) throw run.signal.reason;
      if (index + 1 < sets.length) next = ahead(render(sets[index + 1].charts));
      for (const file of files) await zip.add(`${set.folder}/${file.name}`, file.file, { store: file.format === 'png' });
      run.progress(20 + (79 * (index + 1)) / sets.length, `${index + 1} / ${sets.length}: ${set.folder}`);
    }
    await zip.finish();
  } catch (error) {
    zip.abort();
    throw error;
  }
  return { baseName: `${safeFileName(run.study.name, 'studie')}-${language === 'en' ? 'charts' : 'diagrammer'}-${today()}`, extension: 'zip' };
}
