import { safeFileName, UnprocessableError } from '@stemme/platform';
import type { Workbook } from 'exceljs';
import type { ChartSpec } from '@stemme/reports';
import { questionCharts } from '../charts/question-charts';
import type { ExportLanguage } from '../export-kinds';
import { disclosureRules } from '../results/overview';
import type { StudyResultsReader, StudyResultsSnapshot } from '../results/study-results.reader';
import { type QuestionComparison, questionComparison, type ReportUnit, reportUnits, youngBandIndex } from '../results/unit-comparison';
import { WORDS } from '../texts';
import type { EmbeddedChart } from '../workbook/sheet-format';
import { unitQuestionRows, unitWorkbook, type UnitWorkbookInput } from '../workbook/unit-workbook';
import { ZipOutput } from '../zip/zip-output';
import { ahead, type ExportProduct, type ExportRun, today, writeAll } from './export-run';
import { questionnaireFacts } from './questionnaire-facts';
import { onSheet } from './results-workbook.export';

/** Thousands of charts: drawn at their size on the sheet (760 px wide), not for print; 2/3 of the time is PNG encoding, which grows with the pixels. */
const PACK_PIXEL_RATIO = 1;
const PACK_CHART_WIDTH = 760;
/**
 * exceljs deflates every part with JSZip's JavaScript deflate, which spent most of its time on the
 * PNGs (already compressed): stored, a unit's workbook is written about five times faster and
 * hardly bigger (its sheets hold a few rows each).
 */
const STORED: Parameters<Workbook['xlsx']['writeBuffer']>[0] = { zip: { compression: 'STORE' } } as never;

interface PackData {
  units: ReportUnit[];
  comparisons: QuestionComparison[];
  common: Omit<UnitWorkbookInput, 'unit' | 'countyName' | 'memberNames' | 'charts' | 'comparisons'>;
  withheld: string[];
}

async function packData(snapshot: StudyResultsSnapshot, language: ExportLanguage, progress: (done: number) => void): Promise<PackData> {
  const base = { table: snapshot.table, geography: snapshot.geography, study: snapshot.study, language };
  const units = reportUnits(base);
  const young = youngBandIndex(snapshot.study.ageBands);
  const comparisons: QuestionComparison[] = [];
  for (const question of snapshot.questions) {
    comparisons.push(questionComparison({ ...base, question, answers: await snapshot.answerCounts(question) }, units, young, snapshot.study.disclosureThreshold));
    progress(comparisons.length);
  }
  return {
    units,
    comparisons,
    common: {
      facts: questionnaireFacts(snapshot, language),
      rules: disclosureRules(snapshot, language),
      youngBandLabel: snapshot.study.ageBands[young]?.label ?? '',
      questionnaireTitle: snapshot.questionnaire.title,
      language,
    },
    withheld: snapshot.table.pooling.withheld.map((code) => snapshot.geography.municipalityName.get(code) ?? code),
  };
}

/**
 * The municipality report pack: a workbook per municipality with a report of its own and per pool
 * of smaller municipalities, each comparing it with its county and the nation and its 18–23 year
 * olds with everyone else, with a chart per question; one zip, written a workbook at a time. With
 * `options.municipality`, only the workbook that reports that municipality (its own or its pool's).
 */
export async function exportMunicipalityReports(run: ExportRun, reader: StudyResultsReader): Promise<ExportProduct> {
  const language = run.options.language ?? 'nb';
  const words = WORDS[language];
  const questionnaire = await reader.questionnaire(run.study.id, run.options.questionnaireId);
  const geography = await reader.geography();
  run.progress(1, language === 'en' ? 'reading the figures' : 'henter tallene');
  const data = await reader.read(run.study, questionnaire, (snapshot) =>
    packData(snapshot, language, (done) => run.progress(1 + (14 * done) / snapshot.questions.length, `${done} / ${snapshot.questions.length}`)),
  );
  const countyName = (unit: ReportUnit) => geography.countyName.get(unit.countyCode) ?? unit.countyCode;
  const inputOf = (unit: ReportUnit, charts: EmbeddedChart[][]): UnitWorkbookInput => ({
    ...data.common,
    unit,
    countyName: countyName(unit),
    memberNames: unit.municipalityCodes.map((code) => geography.municipalityName.get(code) ?? code),
    comparisons: data.comparisons,
    charts,
  });
  const chartsOf = (unit: ReportUnit): Promise<EmbeddedChart[][]> =>
    Promise.all(
      data.comparisons.map(async (comparison) => {
        const files = await Promise.all(unitCharts(comparison, unit, language, run.study.disclosureThreshold).map((spec) => run.charts.png(spec, { pixelRatio: PACK_PIXEL_RATIO, width: PACK_CHART_WIDTH })));
        return files.map((png) => onSheet(png, PACK_PIXEL_RATIO, PACK_CHART_WIDTH));
      }),
    );

  const studyName = safeFileName(run.study.name, 'studie');
  if (run.options.municipality !== undefined) {
    const unit = data.units.find((candidate) => candidate.municipalityCodes.includes(run.options.municipality!));
    if (!unit) throw new UnprocessableError(`Too few responses from the county of ${run.options.municipality} to report any municipality in it`);
    run.progress(20, language === 'en' ? 'drawing the charts' : 'tegner diagrammene');
    const workbook = unitWorkbook(inputOf(unit, await chartsOf(unit)));
    run.progress(90, language === 'en' ? 'writing the workbook' : 'skriver arbeidsboken');
    await writeAll(run.output, Buffer.from(await workbook.xlsx.writeBuffer(STORED)));
    return { baseName: `${studyName}-${unitFileName(unit)}-${today()}`, extension: 'xlsx' };
  }

  const zip = new ZipOutput(run.output);
  try {
    // The charts of the next unit are drawn (in the pool's threads) while this unit's workbook is built.
    let charts = ahead(chartsOf(data.units[0]));
    for (const [index, unit] of data.units.entries()) {
      const drawn = await charts;
      if (run.signal.aborted) throw run.signal.reason;
      if (index + 1 < data.units.length) charts = ahead(chartsOf(data.units[index + 1]));
      const workbook = unitWorkbook(inputOf(unit, drawn));
      await zip.add(`${unitFileName(unit)}.xlsx`, Buffer.from(await workbook.xlsx.writeBuffer(STORED)), { store: true });
      run.progress(15 + (84 * (index + 1)) / data.units.length, `${index + 1} / ${data.units.length}: ${unit.label}`);
    }
    await zip.add(language === 'en' ? 'README.txt' : 'LESMEG.txt', packReadme(data, words));
    await zip.finish();
  } catch (error) {
    zip.abort();
    throw error;
  }
  return { baseName: `${studyName}-${language === 'en' ? 'municipality-reports' : 'kommunerapporter'}-${today()}`, extension: 'zip' };
}

/** One chart per question: the unit against county and nation and its age comparison; for multiple choice, the unit's options. */
function unitCharts(comparison: QuestionComparison, unit: ReportUnit, language: ExportLanguage, threshold: number): ChartSpec[] {
  const rows = unitQuestionRows(comparison, unit);
  const texts = { language, threshold, subtitle: unit.label };
  if (comparison.question.kind === 'multiple') return questionCharts(comparison.question, [rows.comparison[0]], texts);
  return questionCharts(comparison.question, [...rows.comparison, rows.age[0], rows.age[1]], texts);
}

function unitFileName(unit: ReportUnit): string {
  return unit.kind === 'municipality' ? `${unit.key}-${safeFileName(unit.label)}` : `${unit.countyCode}-${safeFileName(unit.label)}`;
}

function packReadme(data: PackData, words: (typeof WORDS)[ExportLanguage]): string {
  const lines = [
    ...data.common.facts.map(([label, value]) => `${label}: ${typeof value === 'object' && value !== null ? ':' : value}`),
    '',
    ...data.common.rules,
    '',
    ...data.units.map((unit) => `${unitFileName(unit)}.xlsx\t${unit.label}${unit.kind === 'pool' ? ` (${unit.municipalityCodes.join(', ')})` : ''}`),
    ...(data.withheld.length ? ['', `${words.withheld}: ${data.withheld.join(', ')}`] : []),
  ];
  return lines.join('\r\n') + '\r\n';
}
