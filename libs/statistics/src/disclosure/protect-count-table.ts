import { completeSuppression } from './complementary-suppression';
import { CountTable, ProtectedTable, validateCountTable } from './count-table';
import { LinkedTable, linkCountTable, toProtectedTable } from './linked-table';
import { SuppressionReason } from './published-value';
import { assertThreshold, DEFAULT_THRESHOLD, isBelowThreshold } from './threshold';

export interface CountTableOptions {
  /** k: counts from 1 to k − 1 are not shown. Defaults to 5. */
  readonly threshold?: number;
}

/**
 * Protects a table in which every count stands for itself: a table of group sizes (respondents
 * per municipality × age band, with municipality, county, age band and national totals), where
 * this is the group-base rule, or a table of answer counts, where it is the small-count rule.
 * Every count from 1 to k − 1, cell or total, shown or not, is hidden, and then as many more as
 * it takes that none can be worked out from what is shown, and that the hidden counts of any
 * sum with a shown total add up to 0 or at least k (so no small group follows by subtraction).
 */
export function protectCountTable(table: CountTable, options: CountTableOptions = {}): ProtectedTable {
  const { linked, suppressed } = suppressCountTable(table, options.threshold ?? DEFAULT_THRESHOLD);
  return toProtectedTable(table, linked, suppressed);
}

export function suppressCountTable(table: CountTable, threshold: number): { linked: LinkedTable; suppressed: Map<number, SuppressionReason> } {
  validateCountTable(table);
  assertThreshold(threshold);
  const linked = linkCountTable(table);
  const primary = new Map<number, SuppressionReason>();
  linked.entries.forEach((entry, id) => {
    if (isBelowThreshold(entry.value, threshold)) primary.set(id, 'below_threshold');
  });
  return { linked, suppressed: completeSuppression(linked, primary, () => true, threshold) };
}
