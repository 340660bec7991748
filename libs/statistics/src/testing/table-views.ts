import { ProtectedTable } from '../disclosure/count-table';
import { PublishedValue } from '../disclosure/published-value';

/** A protected table as text, one row per line: counts, `P` (below threshold), `C` (complementary), `–` (not published). */
export function tableSketch(table: ProtectedTable): string[] {
  const show = (cell: PublishedValue | null): string => (cell === null ? '–' : 'value' in cell ? String(cell.value) : cell.reason === 'below_threshold' ? 'P' : 'C');
  return [
    ...table.cells.map((row, index) => `${table.rowKeys[index]}: ${row.map(show).join(' ')} | ${show(table.rowTotals?.[index] ?? null)}`),
    `total: ${(table.columnTotals ?? []).map(show).join(' ')} | ${show(table.grandTotal)}`,
    ...table.rowGroups.map((group) => `${group.key}: ${group.subtotals.map(show).join(' ')} | ${show(group.total)}`),
  ];
}

/** Every published entry of a table with its true value, to check what is shown. */
export function publishedEntries(table: ProtectedTable): PublishedValue[] {
  return [
    ...table.cells.flat(),
    ...(table.rowTotals ?? []),
    ...(table.columnTotals ?? []),
    ...(table.grandTotal ? [table.grandTotal] : []),
    ...table.rowGroups.flatMap((group) => [...group.subtotals, ...(group.total ? [group.total] : [])]),
  ];
}

export interface NamedEntry {
  readonly shown: PublishedValue | null;
  readonly value: number;
}

/**
 * Every entry of a protected table by the attacker's names ("cell 2,0", "row total 1", …), with
 * its true value from the counts the table was made from.
 */
export function namedEntries(table: ProtectedTable, counts: readonly (readonly number[])[]): Map<string, NamedEntry> {
  const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
  const columnSum = (rows: readonly number[], column: number): number => sum(rows.map((row) => counts[row][column]));
  const allRows = counts.map((_, row) => row);
  const entries = new Map<string, NamedEntry>();
  table.cells.forEach((row, r) => row.forEach((shown, c) => entries.set(`cell ${r},${c}`, { shown, value: counts[r][c] })));
  counts.forEach((row, r) => entries.set(`row total ${r}`, { shown: table.rowTotals?.[r] ?? null, value: sum(row) }));
  table.columnKeys.forEach((_, c) => entries.set(`column total ${c}`, { shown: table.columnTotals?.[c] ?? null, value: columnSum(allRows, c) }));
  entries.set('grand total', { shown: table.grandTotal, value: sum(counts.map(sum)) });
  table.rowGroups.forEach((group, g) => {
    const members = group.rowKeys.map((key) => table.rowKeys.indexOf(key));
    group.subtotals.forEach((shown, c) => entries.set(`group subtotal ${g},${c}`, { shown, value: columnSum(members, c) }));
    entries.set(`group total ${g}`, { shown: group.total, value: sum(members.map((row) => sum(counts[row]))) });
  });
  return entries;
}
