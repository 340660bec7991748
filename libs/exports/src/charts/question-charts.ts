import type { StatisticQuestion } from '@stemme/aggregation';
import type { ChartSpec, DisplayCell, GroupBarChartSpec, StackedPercentChartSpec } from '@stemme/reports';
import type { ExportLanguage } from '../export-kinds';
import { type DisplayRow, type Figure, isHidden } from '../results/display-rows';
import { optionLabel } from '../results/question-tables';
import { textIn, WORDS } from '../texts';

export interface ChartTexts {
  language: ExportLanguage;
  /** What the bars are, e.g. "etter fylke" or "Bodø sammenlignet med fylket og landet". */
  subtitle: string;
  threshold: number;
  footnotes?: readonly string[];
}

/** Categorical colours run out after this many options; more get one chart per option. */
const MAX_STACKED_OPTIONS = 8;

/**
 * The charts of one question over some groups (rows): 100 % stacked bars for single choice and
 * scales, the mean per group for numbers, and for multiple choice the share choosing each option
 * (one chart over the options for a single group, else one chart per option). Hidden groups are
 * left out with the note that says why; groups without answers are left out.
 */
export function questionCharts(question: StatisticQuestion, rows: readonly DisplayRow[], texts: ChartTexts): ChartSpec[] {
  const answered = rows.filter((row) => row.base !== 0 && row.base !== null);
  switch (question.kind) {
    case 'number':
      return [meanChart(question, answered, texts)];
    case 'multiple':
      return answered.length === 1 ? [optionsChart(question, answered[0], texts)] : question.options.map((_, index) => optionShareChart(question, index, answered, texts));
    default:
      return question.options.length <= MAX_STACKED_OPTIONS || question.kind === 'scale'
        ? [stackedChart(question, answered, texts)]
        : question.options.map((_, index) => optionShareChart(question, index, answered, texts));
  }
}

function frame(question: StatisticQuestion, texts: ChartTexts, subtitle = texts.subtitle) {
  const words = WORDS[texts.language];
  return {
    locale: texts.language,
    title: textIn(texts.language, question.text),
    subtitle,
    suppressedNote: words.suppressedNote(texts.threshold),
    footnotes: [...(texts.footnotes ?? []), words.source],
  };
}

function cell(figure: Figure | undefined): DisplayCell {
  return typeof figure === 'number' ? { value: figure } : { suppressed: true };
}

function sampleSize(row: DisplayRow): number | undefined {
  return typeof row.base === 'number' ? row.base : undefined;
}

function stackedChart(question: StatisticQuestion, rows: readonly DisplayRow[], texts: ChartTexts): StackedPercentChartSpec {
  return {
    kind: 'stacked-percent',
    ...frame(question, texts),
    palette: question.kind === 'scale' ? 'diverging' : 'categorical',
    categories: question.options.map((option) => ({ label: optionLabel(question, option, texts.language) })),
    bars: rows.map((row) => ({ label: row.label, n: sampleSize(row), cells: isHidden(row.base) ? row.percents.map(() => ({ suppressed: true as const })) : row.percents.map(cell) })),
  };
}

function meanChart(question: StatisticQuestion, rows: readonly DisplayRow[], texts: ChartTexts): GroupBarChartSpec {
  const words = WORDS[texts.language];
  return {
    kind: 'group-bars',
    ...frame(question, texts),
    valueAxis: { format: 'decimal', title: words.meanAxis },
    groups: rows.map((row) => ({ label: row.label, n: sampleSize(row), cell: cell(row.mean) })),
  };
}

/** One group's share choosing each option (multiple choice). */
function optionsChart(question: StatisticQuestion, row: DisplayRow, texts: ChartTexts): GroupBarChartSpec {
  const words = WORDS[texts.language];
  return {
    kind: 'group-bars',
    ...frame(question, texts, `${texts.subtitle} – ${row.label}${typeof row.base === 'number' ? ` (n = ${row.base})` : ''}`),
    valueAxis: { format: 'percent', title: words.percentAxis },
    groups: question.options.map((option, index) => ({ label: optionLabel(question, option, texts.language), cell: isHidden(row.base) ? { suppressed: true } : cell(row.percents[index]) })),
  };
}

/** The share choosing one option, per group. */
function optionShareChart(question: StatisticQuestion, optionIndex: number, rows: readonly DisplayRow[], texts: ChartTexts): GroupBarChartSpec {
  const words = WORDS[texts.language];
  const option = optionLabel(question, question.options[optionIndex], texts.language);
  return {
    kind: 'group-bars',
    ...frame(question, texts, `«${option}» ${texts.subtitle}`),
    valueAxis: { format: 'percent', title: words.percentAxis },
    groups: rows.map((row) => ({ label: row.label, n: sampleSize(row), cell: isHidden(row.base) ? { suppressed: true } : cell(row.percents[optionIndex]) })),
  };
}
