import {
  breakdownGroups,
  type BreakdownGroup,
  type GroupCounts,
  groupFigures,
  type GroupFigures,
  type ResultRow,
  resultsTable,
  type StatisticQuestion,
  tallyOf,
} from '@stemme/aggregation';
import type { AgeBand } from '@stemme/questionnaire';
import { isBelowThreshold, isSuppressed, type PublishedValue, suppressedFor } from '@stemme/statistics';
import { WORDS } from '../texts';
import { displayRow, type DisplayRow } from './display-rows';
import { type QuestionFigures, toDisplayRow } from './question-tables';

/** A municipality with a report of its own, or the pool of a county's smaller municipalities. */
export interface ReportUnit {
  key: string;
  kind: 'municipality' | 'pool';
  label: string;
  countyCode: string;
  municipalityCodes: readonly string[];
}

/** A unit's figures for one question: all of it, the young age band, and everyone else. */
export interface UnitRows {
  unit: DisplayRow;
  young: DisplayRow;
  others: DisplayRow;
}

export interface QuestionComparison {
  question: StatisticQuestion;
  nation: DisplayRow;
  nationYoung: DisplayRow;
  nationOthers: DisplayRow;
  counties: Map<string, DisplayRow>;
  units: Map<string, UnitRows>;
}

/** The band compared with everyone else: 18–23 where the study has it, else its youngest band. */
export function youngBandIndex(ageBands: readonly AgeBand[]): number {
  const index = ageBands.findIndex((band) => band.min === 18 && band.max === 23);
  return index >= 0 ? index : 0;
}

/** The units that get a report: every reporting row that is a municipality or a pool (the statistics API's municipality breakdown). */
export function reportUnits(input: Pick<QuestionFigures, 'table' | 'geography' | 'language'>): ReportUnit[] {
  return breakdownGroups(input.table, 'municipality', input.geography.countyOf)
    .groups.filter((group) => group.kind === 'municipality' || group.kind === 'pool')
    .map((group) => ({
      key: group.key,
      kind: group.kind as ReportUnit['kind'],
      label: unitLabel(group, input),
      countyCode: group.countyCode!,
      municipalityCodes: group.municipalityCodes ?? [],
    }));
}

function unitLabel(group: BreakdownGroup, input: Pick<QuestionFigures, 'geography' | 'language'>): string {
  const county = input.geography.countyName.get(group.countyCode ?? '') ?? group.countyCode ?? '';
  if (group.kind === 'pool') return input.language === 'en' ? `Other municipalities in ${county}` : `Øvrige kommuner i ${county}`;
  return input.geography.municipalityName.get(group.key) ?? group.key;
}

/**
 * One question's figures for the municipality reports. The nation, counties, units and units'
 * young band come from `resultsTable`, exactly as the statistics API gives them. "Everyone else"
 * is the group minus its young band: shown only when both are shown and it has no fewer than k
 * respondents (or none), so it never shows a group the API would hide.
 */
export function questionComparison(input: QuestionFigures, units: readonly ReportUnit[], youngBand: number, threshold: number): QuestionComparison {
  const words = WORDS[input.language];
  const table = (breakdown: Parameters<typeof resultsTable>[0]['breakdown']) =>
    resultsTable({ question: input.question, table: input.table, breakdown, answers: input.answers, geography: input.geography, ageBandLabels: input.study.ageBands.map((band) => band.label) });
  const byKey = (rows: ResultRow[]) => new Map(rows.map((row) => [row.group.key, row]));
  const municipalities = byKey(table('municipality').rows);
  const youngOfUnits = byKey(table('municipality_age_band').rows.filter((row) => row.group.ageBand === youngBand));
  const counties = table('county');
  const ages = table('age_band');
  const youngNation = ages.rows.find((row) => row.group.ageBand === youngBand)!;
  const bandLabel = input.study.ageBands[youngBand]?.label ?? String(youngBand);
  const column = input.table.columnOf(youngBand);

  const counts = groupCounts(input, column);
  const rowOfKey = new Map(input.table.rows.map((row, index) => [row.key, index]));
  const protectedTable = input.table.protected;
  const asAgeRow = (place: string, figures: GroupFigures, which: 'young' | 'others'): DisplayRow =>
    displayRow(input.question, figures, { section: words.ageBand, label: `${place} – ${which === 'young' ? words.young(bandLabel) : words.others(bandLabel)}`, county: '' });

  const unitRows = new Map<string, UnitRows>();
  for (const unit of units) {
    const row = rowOfKey.get(unit.key)!;
    const whole = municipalities.get(unit.key)!;
    const young = youngOfUnits.get(unit.key)!;
    const others = othersFigures(
      input.question,
      { published: whole.respondents, respondents: input.table.counts[row].reduce((sum, n) => sum + n, 0), counts: counts.units[row] },
      { published: young.respondents, respondents: column < 0 ? 0 : input.table.counts[row][column], counts: counts.unitsYoung[row] },
      threshold,
    );
    unitRows.set(unit.key, {
      unit: { ...toDisplayRow(input, 'municipality', whole), label: unit.label },
      young: asAgeRow(unit.label, young, 'young'),
      others: asAgeRow(unit.label, others, 'others'),
    });
  }
  const nationRespondents = input.table.counts.reduce((sum, row) => sum + row.reduce((total, n) => total + n, 0), 0);
  const nationYoungRespondents = column < 0 ? 0 : input.table.counts.reduce((sum, row) => sum + row[column], 0);
  const nationOthers = othersFigures(
    input.question,
    { published: protectedTable?.grandTotal ?? { value: 0 }, respondents: nationRespondents, counts: counts.nation },
    { published: youngNation.respondents, respondents: nationYoungRespondents, counts: counts.nationYoung },
    threshold,
  );
  return {
    question: input.question,
    nation: toDisplayRow(input, 'national', counties.total),
    nationYoung: asAgeRow(words.nation, youngNation, 'young'),
    nationOthers: asAgeRow(words.nation, nationOthers, 'others'),
    counties: new Map(counties.rows.map((row) => [row.group.key, toDisplayRow(input, 'county', row)])),
    units: unitRows,
  };
}

interface CountedGroup {
  published: PublishedValue;
  respondents: number;
  counts: GroupCounts;
}

/** The figures of a group without its subgroup, hidden unless both are shown and the rest has 0 or at least k respondents. */
export function othersFigures(question: StatisticQuestion, whole: CountedGroup, part: CountedGroup, threshold: number): GroupFigures {
  const respondents = whole.respondents - part.respondents;
  const published: PublishedValue = isSuppressed(whole.published)
    ? whole.published
    : isSuppressed(part.published)
      ? suppressedFor('complementary')
      : isBelowThreshold(respondents, threshold)
        ? suppressedFor('below_threshold')
        : { value: respondents };
  return groupFigures(question, published, tallyOf(question, respondents, minus(whole.counts, part.counts)));
}

function minus(whole: GroupCounts, part: GroupCounts): GroupCounts {
  const rest: GroupCounts = new Map();
  for (const [key, values] of whole) {
    const taken = part.get(key);
    const left = new Map<number, number>();
    for (const [value, n] of values) if (n - (taken?.get(value) ?? 0) > 0) left.set(value, n - (taken?.get(value) ?? 0));
    if (left.size) rest.set(key, left);
  }
  return rest;
}

/** Answer counts per reporting row, per row in the young band, for the nation and the nation's young band. */
function groupCounts(input: QuestionFigures, youngColumn: number) {
  const units: GroupCounts[] = input.table.rows.map(() => new Map());
  const unitsYoung: GroupCounts[] = input.table.rows.map(() => new Map());
  const nation: GroupCounts = new Map();
  const nationYoung: GroupCounts = new Map();
  const add = (counts: GroupCounts, key: number, value: number, n: number) => {
    let values = counts.get(key);
    if (!values) counts.set(key, (values = new Map()));
    values.set(value, (values.get(value) ?? 0) + n);
  };
  for (const answer of input.answers) {
    const row = input.table.rowOf(answer.municipalityCode, answer.countyCode);
    const young = youngColumn >= 0 && input.table.columnOf(answer.ageBand) === youngColumn;
    add(nation, answer.key, answer.value, answer.n);
    if (young) add(nationYoung, answer.key, answer.value, answer.n);
    if (row < 0) continue;
    add(units[row], answer.key, answer.value, answer.n);
    if (young) add(unitsYoung[row], answer.key, answer.value, answer.n);
  }
  return { units, unitsYoung, nation, nationYoung };
}
