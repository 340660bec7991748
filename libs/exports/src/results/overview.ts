import { breakdownGroups, type BreakdownGroup } from '@stemme/aggregation';
import { disclosureFootnote } from '@stemme/statistics';
import type { ExportLanguage } from '../export-kinds';
import { textIn, WORDS } from '../texts';
import type { Figure } from './display-rows';
import type { StudyResultsSnapshot } from './study-results.reader';

/** Respondents per county and age band, each as the group table publishes it. */
export interface CountyAgeGrid {
  columns: string[];
  rows: { label: string; cells: Figure[]; total: Figure }[];
  totals: Figure[];
  grand: Figure;
}

function published(group: BreakdownGroup | undefined): Figure {
  if (!group) return 0;
  return 'suppressed' in group.published ? group.published : group.published.value;
}

/** The overview's table: counties by age bands, with totals, hidden where the statistics API hides them. */
export function countyAgeGrid(snapshot: Pick<StudyResultsSnapshot, 'table' | 'geography' | 'study'>, language: ExportLanguage): CountyAgeGrid {
  const { table, geography } = snapshot;
  const bands = table.columns.map((band) => (band === null ? WORDS[language].unknownAge : (snapshot.study.ageBands[band]?.label ?? String(band))));
  const byCountyAndBand = breakdownGroups(table, 'county_age_band', geography.countyOf).groups;
  const byCounty = breakdownGroups(table, 'county', geography.countyOf).groups;
  const byBand = breakdownGroups(table, 'age_band', geography.countyOf).groups;
  const [nation] = breakdownGroups(table, 'national', geography.countyOf).groups;
  return {
    columns: bands,
    rows: byCounty.map((county, index) => ({
      label: geography.countyName.get(county.key) ?? county.key,
      cells: bands.map((_, column) => published(byCountyAndBand[index * bands.length + column])),
      total: published(county),
    })),
    totals: byBand.map(published),
    grand: published(nation),
  };
}

/** The rules behind what is hidden, in words: the threshold, the pooling and, where needed, split codes. */
export function disclosureRules(snapshot: Pick<StudyResultsSnapshot, 'table' | 'study'>, language: ExportLanguage): string[] {
  const rules = [textIn(language, disclosureFootnote({ threshold: snapshot.study.disclosureThreshold })), textIn(language, snapshot.table.pooling.footnote)];
  if (snapshot.table.rows.some((row) => row.kind === 'split')) rules.push(WORDS[language].splitNote);
  return rules;
}
