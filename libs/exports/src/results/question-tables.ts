import { type AnswerCountRow, type Breakdown, type Geography, type GroupTable, type ResultRow, resultsTable, type StatisticOption, type StatisticQuestion } from '@stemme/aggregation';
import type { Study } from '@stemme/studies';
import type { ExportLanguage } from '../export-kinds';
import { textIn, WORDS } from '../texts';
import { displayRow, type DisplayRow } from './display-rows';

export interface QuestionFigures {
  question: StatisticQuestion;
  table: GroupTable;
  geography: Geography;
  study: Pick<Study, 'ageBands'>;
  /** Answer counts read with all dimensions (or at least those of the breakdowns asked for). */
  answers: readonly AnswerCountRow[];
  language: ExportLanguage;
}

/** The statistics API's table for one breakdown (`resultsTable`, the same groups and suppression), as display rows. */
export function breakdownRows(input: QuestionFigures, breakdown: Breakdown): { rows: DisplayRow[]; total: DisplayRow } {
  const { rows, total } = resultsTable({
    question: input.question,
    table: input.table,
    breakdown,
    answers: input.answers,
    geography: input.geography,
    ageBandLabels: input.study.ageBands.map((band) => band.label),
  });
  return { rows: rows.map((row) => toDisplayRow(input, breakdown, row)), total: toDisplayRow(input, 'national', total) };
}

export function toDisplayRow(input: Pick<QuestionFigures, 'question' | 'geography' | 'language'>, breakdown: Breakdown, row: ResultRow): DisplayRow {
  const words = WORDS[input.language];
  const { group } = row;
  const county = group.countyCode ? (input.geography.countyName.get(group.countyCode) ?? group.countyCode) : '';
  const section = breakdown === 'national' ? words.nation : breakdown.startsWith('county') ? words.county : breakdown.startsWith('municipality') ? words.municipality : words.ageBand;
  const place = textIn(input.language, group.label);
  const band = group.ageBand === undefined ? undefined : group.ageBand === null ? words.unknownAge : group.ageBandLabel;
  const label = breakdown === 'age_band' ? band! : band === undefined ? place : `${place}, ${band}`;
  return displayRow(input.question, row, { section, label, county: group.kind === 'county' || group.kind === 'nation' ? '' : county });
}

/** An option as a column header or legend: the label, with the code in front for scale points. */
export function optionLabel(question: StatisticQuestion, option: StatisticOption, language: ExportLanguage): string {
  const label = textIn(language, option.label);
  if (question.kind !== 'scale') return label;
  return label === String(option.code) ? label : `${option.code} ${label}`;
}
