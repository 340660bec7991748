/**
 * What the chart draws, from the API's published figures: a hidden figure becomes a gap (null),
 * never a bar, and its group's label says it is hidden.
 */
import { type Interval, isHidden, type QuestionResults, type ResultRow, type CrossTabResults } from '../../../api/results';
import type { Translate, UiLanguage } from '../../../i18n/i18n';
import { textIn } from './localized';

export type ChartShape = 'grouped' | 'stacked' | 'means';

export interface ChartDataset {
  label: string;
  data: (number | null)[];
  color: string;
  /** Means: the 95 % interval per bar, null where hidden or unknown. */
  intervals?: (Interval | null)[];
}

export interface ChartPlan {
  shape: ChartShape;
  labels: string[];
  datasets: ChartDataset[];
  axisTitle: string;
  /** Every figure hidden: nothing to draw. */
  empty: boolean;
  /** Groups left out of the chart to keep it readable (the table has them all). */
  cappedAt?: { shown: number; total: number };
}

/** The most groups one chart shows; past that the bars are too thin to read. */
export const MAX_CHART_GROUPS = 40;

/** Blue to orange, readable on white and apart from each other for most colour vision; the legend and table carry the meaning. */
const SCALE_COLOURS = ['#b35806', '#f1a340', '#c7c7c7', '#8fb4d9', '#2166ac', '#053061', '#6a3d9a'];
const CATEGORY_COLOURS = ['#1d4e89', '#e08214', '#1b7837', '#762a83', '#b2182b', '#4d4d4d', '#0f7f8c', '#8c510a'];

function spread(colours: string[], count: number): string[] {
  if (count <= colours.length) {
    if (colours === SCALE_COLOURS && count < colours.length) {
      return Array.from({ length: count }, (_, index) => colours[Math.round((index * (colours.length - 2)) / Math.max(1, count - 1))]);
    }
    return colours.slice(0, count);
  }
  return Array.from({ length: count }, (_, index) => colours[index % colours.length]);
}

export function groupName(row: ResultRow, language: UiLanguage, t: Translate): string {
  const place = row.group.label[language];
  if (row.group.ageBand === undefined) return place;
  const band = row.group.ageBand === null ? t('results.unknownAge') : (row.group.ageBandLabel ?? String(row.group.ageBand));
  return row.group.kind === 'nation' ? band : `${place}, ${band}`;
}

function chartRows(results: QuestionResults): ResultRow[] {
  return results.breakdown === 'national' ? [results.total] : results.rows;
}

export function questionChart(results: QuestionResults, view: 'distribution' | 'means', language: UiLanguage, t: Translate): ChartPlan {
  const all = chartRows(results);
  const rows = all.slice(0, MAX_CHART_GROUPS);
  const cappedAt = all.length > rows.length ? { shown: rows.length, total: all.length } : undefined;
  const hiddenMark = ` ${t('results.hiddenLabel')}`;
  const labelOf = (row: ResultRow) => groupName(row, language, t) + (isHidden(row.respondents) ? hiddenMark : '');
  const { kind, options } = results.question;

  if (kind === 'number' || (kind === 'scale' && view === 'means')) {
    const summaries = rows.map((row) => (row.summary && !isHidden(row.summary) ? row.summary.value : null));
    const data = summaries.map((summary) => summary?.mean ?? null);
    return {
      shape: 'means',
      labels: rows.map(labelOf),
      datasets: [{ label: t('results.mean'), data, color: CATEGORY_COLOURS[0], intervals: summaries.map((summary) => summary?.meanInterval ?? null) }],
      axisTitle: t('results.meanAxis'),
      empty: data.every((value) => value === null),
      cappedAt,
    };
  }

  const percentOf = (row: ResultRow, index: number): number | null => {
    const figure = row.options?.[index]?.percent;
    return figure && !isHidden(figure) ? figure.value : null;
  };
  const optionLabels = options.map((option) => textIn(option.label, language) || String(option.code));
  if (kind !== 'scale' && rows.length === 1) {
    const [row] = rows;
    const data = options.map((_, index) => percentOf(row, index));
    return {
      shape: 'grouped',
      labels: optionLabels,
      datasets: [{ label: labelOf(row), data, color: CATEGORY_COLOURS[0] }],
      axisTitle: t('results.percentAxis'),
      empty: data.every((value) => value === null),
    };
  }
  const colours = spread(kind === 'scale' ? SCALE_COLOURS : CATEGORY_COLOURS, options.length);
  const datasets = options.map((_, index) => ({ label: optionLabels[index], data: rows.map((row) => percentOf(row, index)), color: colours[index] }));
  return {
    shape: kind === 'scale' ? 'stacked' : 'grouped',
    labels: rows.map(labelOf),
    datasets,
    axisTitle: t('results.percentAxis'),
    empty: datasets.every((dataset) => dataset.data.every((value) => value === null)),
    cappedAt,
  };
}

export function crossTabChart(results: CrossTabResults, scale: boolean, language: UiLanguage, t: Translate): ChartPlan {
  const hiddenMark = ` ${t('results.hiddenLabel')}`;
  const labels = results.by.options.map((option, index) => (textIn(option.label, language) || String(option.code)) + (isHidden(results.rows[index].base) ? hiddenMark : ''));
  const colours = spread(scale ? SCALE_COLOURS : CATEGORY_COLOURS, results.question.options.length);
  const datasets = results.question.options.map((option, column) => ({
    label: textIn(option.label, language) || String(option.code),
    data: results.rows.map((row) => {
      const percent = row.percents[column];
      return percent && !isHidden(percent) ? percent.value : null;
    }),
    color: colours[column],
  }));
  return {
    shape: 'stacked',
    labels,
    datasets,
    axisTitle: t('results.percentAxis'),
    empty: datasets.every((dataset) => dataset.data.every((value) => value === null)),
  };
}
