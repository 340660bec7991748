import type { LocalizedText } from '@stemme/statistics';
import type { AnswerCountRow } from '../cube/cube.repository';
import { type Breakdown, type BreakdownGroup, breakdownGroups } from './breakdowns';
import { type GroupCounts, type GroupFigures, groupFigures, tallyOf } from './group-figures';
import type { Geography, GroupTable } from './group-table';
import type { StatisticQuestion } from './question-catalogue';

export interface GroupLabel {
  kind: BreakdownGroup['kind'];
  key: string;
  label: LocalizedText;
  countyCode: string | null;
  /** Age band breakdowns: the band's index, or null for respondents without an age. */
  ageBand?: number | null;
  ageBandLabel?: string;
  /** Municipalities and pools: the municipalities reported. */
  municipalityCodes?: readonly string[];
}

export interface ResultRow extends GroupFigures {
  group: GroupLabel;
}

export interface ResultsTable {
  rows: ResultRow[];
  /** The whole country. */
  total: ResultRow;
}

export interface ResultsInput {
  question: StatisticQuestion;
  table: GroupTable;
  breakdown: Breakdown;
  /** Answer counts read with the breakdown's dimensions (`breakdownGroups(...).dimensions`). */
  answers: readonly AnswerCountRow[];
  geography: Geography;
  ageBandLabels: readonly string[];
}

/** A question's figures for every group of a breakdown and for the nation, hidden where the group table says. */
export function resultsTable(input: ResultsInput): ResultsTable {
  const { question, table, geography } = input;
  const breakdown = breakdownGroups(table, input.breakdown, geography.countyOf);
  const national = breakdownGroups(table, 'national', geography.countyOf).groups[0];
  const perGroup: GroupCounts[] = breakdown.groups.map(() => new Map());
  const nation: GroupCounts = new Map();
  for (const row of input.answers) {
    add(nation, row);
    const group = breakdown.groupOf(row.municipalityCode, row.countyCode, row.ageBand);
    if (group >= 0) add(perGroup[group], row);
  }
  const rowOf = (group: BreakdownGroup, counts: GroupCounts): ResultRow => ({
    group: labelOf(group, geography, input.ageBandLabels),
    ...groupFigures(question, group.published, tallyOf(question, group.respondents, counts)),
  });
  return { rows: breakdown.groups.map((group, index) => rowOf(group, perGroup[index])), total: rowOf(national, nation) };
}

function add(counts: GroupCounts, row: AnswerCountRow): void {
  let values = counts.get(row.key);
  if (!values) counts.set(row.key, (values = new Map()));
  values.set(row.value, (values.get(row.value) ?? 0) + row.n);
}

export function labelOf(group: BreakdownGroup, geography: Geography, ageBandLabels: readonly string[]): GroupLabel {
  const county = group.countyCode ? (geography.countyName.get(group.countyCode) ?? group.countyCode) : '';
  const label: LocalizedText = (() => {
    switch (group.kind) {
      case 'nation':
        return { nb: 'Hele landet', en: 'The whole country' };
      case 'county':
        return { nb: county, en: county };
      case 'municipality': {
        const name = geography.municipalityName.get(group.key) ?? group.key;
        return { nb: name, en: name };
      }
      case 'pool':
        return { nb: `Øvrige kommuner i ${county}`, en: `Other municipalities in ${county}` };
      case 'split':
        return { nb: `Kommunenummer som er delt, i ${county}`, en: `Municipality numbers that were split, in ${county}` };
      case 'withheld':
        return { nb: `Kommuner i ${county}`, en: `Municipalities in ${county}` };
      case 'unknown':
        return { nb: 'Ukjent kommune', en: 'Unknown municipality' };
    }
  })();
  return {
    kind: group.kind,
    key: group.key,
    label,
    countyCode: group.countyCode,
    ...(group.ageBand === undefined ? {} : { ageBand: group.ageBand, ageBandLabel: group.ageBand === null ? 'Ukjent alder' : (ageBandLabels[group.ageBand] ?? String(group.ageBand)) }),
    ...(group.municipalityCodes ? { municipalityCodes: group.municipalityCodes } : {}),
  };
}
