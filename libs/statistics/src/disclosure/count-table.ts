import { assertCount } from '../cube/counts';
import { PublishedValue } from './published-value';

/** Rows that share a published subtotal, e.g. the municipalities of a county. */
export interface RowGroup {
  readonly key: string;
  readonly rowKeys: readonly string[];
}

/** Which totals a publication shows; each is the sum of the counts it covers. */
export interface PublishedTotals {
  /** One total per row (e.g. a municipality's all-ages n); also each row group's total. */
  readonly rows: boolean;
  /** One total per column (e.g. the national n of an age band). */
  readonly columns: boolean;
  readonly grand: boolean;
}

/**
 * A table of counts as it will be published: rows × columns, the totals shown, and optionally
 * groups of rows whose per-column subtotals are shown too (municipalities within counties).
 */
export interface CountTable {
  readonly rowKeys: readonly string[];
  readonly columnKeys: readonly string[];
  /** `counts[row][column]`, whole numbers of 0 or more. */
  readonly counts: readonly (readonly number[])[];
  /** Defaults to every total shown. */
  readonly publishedTotals?: PublishedTotals;
  /** Disjoint groups of rows; their subtotals are always shown. */
  readonly rowGroups?: readonly RowGroup[];
}

export const ALL_TOTALS: PublishedTotals = { rows: true, columns: true, grand: true };

export interface ProtectedRowGroup {
  readonly key: string;
  readonly rowKeys: readonly string[];
  readonly subtotals: readonly PublishedValue[];
  /** Null when row totals are not published. */
  readonly total: PublishedValue | null;
}

/** A count table ready to show; totals that are not published are null. */
export interface ProtectedTable {
  readonly rowKeys: readonly string[];
  readonly columnKeys: readonly string[];
  readonly cells: readonly (readonly PublishedValue[])[];
  readonly rowTotals: readonly PublishedValue[] | null;
  readonly columnTotals: readonly PublishedValue[] | null;
  readonly grandTotal: PublishedValue | null;
  readonly rowGroups: readonly ProtectedRowGroup[];
}

export function validateCountTable(table: CountTable): void {
  const { rowKeys, columnKeys, counts } = table;
  if (rowKeys.length === 0 || columnKeys.length === 0) throw new RangeError('A count table needs at least one row and one column');
  assertUnique(rowKeys, 'row key');
  assertUnique(columnKeys, 'column key');
  if (counts.length !== rowKeys.length) throw new RangeError(`The table has ${rowKeys.length} row keys but ${counts.length} rows of counts`);
  counts.forEach((row, rowIndex) => {
    if (row.length !== columnKeys.length) throw new RangeError(`Row ${rowKeys[rowIndex]} has ${row.length} counts for ${columnKeys.length} columns`);
    row.forEach((count, columnIndex) => assertCount(count, `count at ${rowKeys[rowIndex]} × ${columnKeys[columnIndex]}`));
  });
  const grouped = new Set<string>();
  assertUnique((table.rowGroups ?? []).map((group) => group.key), 'row group key');
  for (const group of table.rowGroups ?? []) {
    if (group.rowKeys.length === 0) throw new RangeError(`Row group ${group.key} has no rows`);
    for (const rowKey of group.rowKeys) {
      if (!rowKeys.includes(rowKey)) throw new RangeError(`Row group ${group.key} names an unknown row ${rowKey}`);
      if (grouped.has(rowKey)) throw new RangeError(`Row ${rowKey} is in more than one row group`);
      grouped.add(rowKey);
    }
  }
}

function assertUnique(keys: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new RangeError(`Duplicate ${what}: ${key}`);
    seen.add(key);
  }
}
