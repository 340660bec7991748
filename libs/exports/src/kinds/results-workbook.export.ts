import type { StatisticQuestion } from '@stemme/aggregation';
import { safeFileName } from '@stemme/platform';
import { Workbook } from 'exceljs';
import { questionCharts } from '../charts/question-charts';
import type { ExportLanguage } from '../export-kinds';
import type { DisplayRow } from '../results/display-rows';
import { countyAgeGrid, disclosureRules } from '../results/overview';
import { breakdownRows } from '../results/question-tables';
import type { StudyResultsReader, StudyResultsSnapshot } from '../results/study-results.reader';
import { textIn, WORDS } from '../texts';
import { addFigureSheet, questionNotes } from '../workbook/figure-sheet';
import { addOverviewSheet } from '../workbook/overview-sheet';
import { type EmbeddedChart, pngSize, SheetNames } from '../workbook/sheet-format';
import { type ExportProduct, type ExportRun, today, writeAll } from './export-run';
import { questionnaireFacts } from './questionnaire-facts';

export interface QuestionBreakdowns {
  question: StatisticQuestion;
  nation: DisplayRow;
  counties: DisplayRow[];
  ageBands: DisplayRow[];
  municipalities: DisplayRow[];
}

/** Charts are drawn at twice their size on the sheet, sharp when printed. */
const CHART_PIXEL_RATIO = 2;
const CHART_WIDTH_ON_SHEET = 760;

/** Every question's table by county, municipality and age band, as the statistics API gives them. */
export async function questionBreakdowns(snapshot: StudyResultsSnapshot, language: ExportLanguage, onQuestion: (done: number) => void): Promise<QuestionBreakdowns[]> {
  const result: QuestionBreakdowns[] = [];
  for (const question of snapshot.questions) {
    const input = { question, table: snapshot.table, geography: snapshot.geography, study: snapshot.study, answers: await snapshot.answerCounts(question), language };
    const counties = breakdownRows(input, 'county');
    result.push({
      question,
      nation: counties.total,
      counties: counties.rows,
      ageBands: breakdownRows(input, 'age_band').rows,
      municipalities: breakdownRows(input, 'municipality').rows,
    });
    onQuestion(result.length);
  }
  return result;
}

/**
 * The results workbook: an overview sheet, then a sheet per question with one table (the nation,
 * counties, age bands, municipalities and pools) and its charts by county and by age band beside it.
 * Small enough for exceljs's in-memory workbook.
 */
export async function exportResultsWorkbook(run: ExportRun, reader: StudyResultsReader): Promise<ExportProduct> {
  const language = run.options.language ?? 'nb';
  const words = WORDS[language];
  const questionnaire = await reader.questionnaire(run.study.id, run.options.questionnaireId);
  run.progress(2, language === 'en' ? 'reading the figures' : 'henter tallene');
  const { breakdowns, grid, rules, facts } = await reader.read(run.study, questionnaire, async (snapshot) => ({
    breakdowns: await questionBreakdowns(snapshot, language, (done) => run.progress(2 + (28 * done) / snapshot.questions.length, `${done} / ${snapshot.questions.length}`)),
    grid: countyAgeGrid(snapshot, language),
    rules: disclosureRules(snapshot, language),
    facts: questionnaireFacts(snapshot, language),
  }));

  const workbook = new Workbook();
  workbook.creator = 'Stemme';
  const names = new SheetNames();
  const overviewName = names.take(words.overview);
  const sheets = breakdowns.map((entry) => ({ entry, name: names.take(entry.question.variable) }));
  addOverviewSheet(workbook, {
    name: overviewName,
    title: `${language === 'en' ? 'Results' : 'Resultater'}: ${run.study.name}`,
    language,
    facts,
    notes: rules,
    grid,
    contents: sheets.map(({ entry, name }) => ({ sheet: name, variable: entry.question.variable, text: textIn(language, entry.question.text) })),
  });

  let drawn = 0;
  const chartsOf = async ({ question, nation, counties, ageBands }: QuestionBreakdowns): Promise<EmbeddedChart[]> => {
    const texts = { language, threshold: run.study.disclosureThreshold };
    const specs =
      question.kind === 'multiple'
        ? questionCharts(question, [nation], { ...texts, subtitle: words.nation })
        : [...questionCharts(question, [...counties, nation], { ...texts, subtitle: words.byCounty }), ...questionCharts(question, [...ageBands, nation], { ...texts, subtitle: words.byAgeBand })];
    const files = await Promise.all(specs.map((spec) => run.charts.png(spec, { pixelRatio: CHART_PIXEL_RATIO })));
    if (run.signal.aborted) throw run.signal.reason;
    run.progress(30 + (60 * ++drawn) / breakdowns.length, language === 'en' ? `charts ${drawn} / ${breakdowns.length}` : `diagrammer ${drawn} / ${breakdowns.length}`);
    return files.map((png) => onSheet(png, CHART_PIXEL_RATIO, CHART_WIDTH_ON_SHEET));
  };
  const charts = await Promise.all(breakdowns.map(chartsOf));

  sheets.forEach(({ entry, name }, index) => {
    addFigureSheet(workbook, {
      name,
      title: textIn(language, entry.question.text),
      subtitle: `${entry.question.variable} · ${questionnaire.title}`,
      question: entry.question,
      language,
      rows: [entry.nation, ...entry.counties, ...entry.ageBands, ...entry.municipalities],
      notes: questionNotes(entry.question, language, rules),
      charts: charts[index],
    });
  });
  run.progress(95, language === 'en' ? 'writing the workbook' : 'skriver arbeidsboken');
  await writeAll(run.output, Buffer.from(await workbook.xlsx.writeBuffer()));
  return { baseName: `${safeFileName(run.study.name, 'studie')}-${language === 'en' ? 'results' : 'resultater'}-${today()}`, extension: 'xlsx' };
}

/** A chart's size on the sheet: its CSS size, scaled to the width wanted. */
export function onSheet(png: Buffer, pixelRatio: number, width: number): EmbeddedChart {
  const size = pngSize(png);
  const scale = width / (size.width / pixelRatio);
  return { png, width, height: Math.round((size.height / pixelRatio) * scale) };
}
