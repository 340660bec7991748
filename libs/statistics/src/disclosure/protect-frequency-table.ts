import { assertCount } from '../cube/counts';
import { completeSuppression } from './complementary-suppression';
import { ALL_TOTALS, CountTable, ProtectedTable, validateCountTable } from './count-table';
import { EntryPosition, linkCountTable, toProtectedTable } from './linked-table';
import { suppressCountTable } from './protect-count-table';
import { PublishedValue, SuppressionReason } from './published-value';
import { DEFAULT_THRESHOLD, isBelowThreshold } from './threshold';

export interface FrequencyTableOptions {
  /** k: groups with 1 to k − 1 respondents are not shown. Defaults to 5. */
  readonly threshold?: number;
  /**
   * Each row's base n, when it is not the sum of the row (multiple choice, where a respondent
   * may tick several options). Row totals must then not be published.
   */
  readonly rowBases?: readonly number[];
  /** Also hide answer counts from 1 to k − 1 in groups that are shown. Off by default. */
  readonly suppressSmallCounts?: boolean;
}

/** The base n of every group in a frequency table, protected like the groups themselves. */
export interface ProtectedBases {
  readonly rows: readonly PublishedValue[];
  readonly rowGroups: readonly PublishedValue[];
  readonly national: PublishedValue;
}

export interface ProtectedFrequencyTable {
  readonly counts: ProtectedTable;
  readonly bases: ProtectedBases;
}

/**
 * Protects a frequency table whose rows are groups (municipalities, pools, age bands, genders)
 * and whose columns are answer codes, with row groups for counties and the national totals.
 *
 * 1. Group-base rule: the groups' bases (rows, row groups, the nation) are protected as a table
 *    of their own, so a group with 1 to k − 1 respondents is hidden, and so is another group
 *    wherever the hidden one could be worked out from a county or national base.
 * 2. Every count of a hidden group is hidden for the same reason: counts, totals and with them
 *    percents and means.
 * 3. With `suppressSmallCounts`, answer counts from 1 to k − 1 in shown groups are hidden too,
 *    and further counts as needed; the bases stay as decided in step 1.
 */
export function protectFrequencyTable(table: CountTable, options: FrequencyTableOptions = {}): ProtectedFrequencyTable {
  validateCountTable(table);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const bases = options.rowBases ?? table.counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  if (options.rowBases) validateRowBases(table, options.rowBases);

  const baseTable: CountTable = {
    rowKeys: table.rowKeys,
    columnKeys: ['n'],
    counts: bases.map((base) => [base]),
    publishedTotals: { rows: false, columns: true, grand: false },
    rowGroups: table.rowGroups,
  };
  const groups = suppressCountTable(baseTable, threshold);
  const groupReason = (group: Group): SuppressionReason | undefined => {
    const { ids } = groups.linked;
    const id = group.kind === 'row' ? ids.cell(group.row, 0) : group.kind === 'row_group' ? ids.groupSubtotal(group.group, 0) : ids.columnTotal(0);
    return groups.suppressed.get(id);
  };

  // Without explicit bases, row, row-group and grand totals are the bases, which are shown
  // (step 1 decided them) whether or not the table repeats them.
  const linked = linkCountTable(options.rowBases ? table : { ...table, publishedTotals: { ...(table.publishedTotals ?? ALL_TOTALS), rows: true, grand: true } });
  const primary = new Map<number, SuppressionReason>();
  linked.entries.forEach((entry, id) => {
    const reason = groupReason(groupOf(entry.position)) ?? (options.suppressSmallCounts && isBelowThreshold(entry.value, threshold) ? 'below_threshold' : undefined);
    if (reason) primary.set(id, reason);
  });
  const isBase = (id: number): boolean => !options.rowBases && ['row_total', 'group_total', 'grand_total'].includes(linked.entries[id].position.kind);
  const suppressed = completeSuppression(linked, primary, (id) => !isBase(id));

  const protectedBases = toProtectedTable(baseTable, groups.linked, groups.suppressed);
  return {
    counts: toProtectedTable(table, linked, suppressed),
    bases: {
      rows: protectedBases.cells.map(([base]) => base),
      rowGroups: protectedBases.rowGroups.map(({ subtotals: [base] }) => base),
      national: (protectedBases.columnTotals as readonly PublishedValue[])[0],
    },
  };
}

/** The respondents a count is about: one row's group, a row group (county), or everyone. */
type Group = { kind: 'row'; row: number } | { kind: 'row_group'; group: number } | { kind: 'national' };

function groupOf(position: EntryPosition): Group {
  switch (position.kind) {
    case 'cell':
    case 'row_total':
      return { kind: 'row', row: position.row };
    case 'group_subtotal':
    case 'group_total':
      return { kind: 'row_group', group: position.group };
    case 'column_total':
    case 'grand_total':
      return { kind: 'national' };
  }
}

function validateRowBases(table: CountTable, rowBases: readonly number[]): void {
  if ((table.publishedTotals ?? ALL_TOTALS).rows) throw new RangeError('With explicit row bases, row totals are not sums of the base and must not be published');
  if (rowBases.length !== table.rowKeys.length) throw new RangeError(`${rowBases.length} row bases for ${table.rowKeys.length} rows`);
  rowBases.forEach((base, row) => {
    assertCount(base, `base of row ${table.rowKeys[row]}`);
    const largest = Math.max(...table.counts[row]);
    if (largest > base) throw new RangeError(`Row ${table.rowKeys[row]} counts ${largest} for one answer but has a base of only ${base}`);
  });
}
