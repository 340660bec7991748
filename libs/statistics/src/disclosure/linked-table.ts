import { ALL_TOTALS, CountTable, ProtectedTable } from './count-table';
import { PublishedValue, SuppressionReason, suppressedFor } from './published-value';

/** Where an entry sits in its count table. */
export type EntryPosition =
  | { readonly kind: 'cell'; readonly row: number; readonly column: number }
  | { readonly kind: 'row_total'; readonly row: number }
  | { readonly kind: 'column_total'; readonly column: number }
  | { readonly kind: 'grand_total' }
  | { readonly kind: 'group_subtotal'; readonly group: number; readonly column: number }
  | { readonly kind: 'group_total'; readonly group: number };

export interface LinkedEntry {
  readonly position: EntryPosition;
  readonly value: number;
  /** Whether the publication has a place for it; totals that are not shown are still linked. */
  readonly published: boolean;
}

/** `entries[total] = Σ entries[parts]`: one line of the table a reader can add up. */
export interface SumEquation {
  readonly total: number;
  readonly parts: readonly number[];
}

/**
 * A count table as numbered entries (cells and every total, shown or not) and the sums that tie
 * them together: rows, columns, row groups, and the sums of totals.
 */
export interface LinkedTable {
  readonly entries: readonly LinkedEntry[];
  readonly equations: readonly SumEquation[];
  readonly ids: TableIds;
}

export interface TableIds {
  cell(row: number, column: number): number;
  rowTotal(row: number): number;
  columnTotal(column: number): number;
  grandTotal(): number;
  groupSubtotal(group: number, column: number): number;
  groupTotal(group: number): number;
}

function tableIds(rows: number, columns: number, groups: number): TableIds {
  const rowTotalsStart = rows * columns;
  const columnTotalsStart = rowTotalsStart + rows;
  const grandTotalId = columnTotalsStart + columns;
  const subtotalsStart = grandTotalId + 1;
  const groupTotalsStart = subtotalsStart + groups * columns;
  return {
    cell: (row, column) => row * columns + column,
    rowTotal: (row) => rowTotalsStart + row,
    columnTotal: (column) => columnTotalsStart + column,
    grandTotal: () => grandTotalId,
    groupSubtotal: (group, column) => subtotalsStart + group * columns + column,
    groupTotal: (group) => groupTotalsStart + group,
  };
}

const range = (length: number): number[] => Array.from({ length }, (_, index) => index);
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

export function linkCountTable(table: CountTable): LinkedTable {
  const totals = table.publishedTotals ?? ALL_TOTALS;
  const rows = range(table.rowKeys.length);
  const columns = range(table.columnKeys.length);
  const groups = (table.rowGroups ?? []).map((group) => group.rowKeys.map((key) => table.rowKeys.indexOf(key)));
  const ungroupedRows = rows.filter((row) => !groups.some((members) => members.includes(row)));
  const ids = tableIds(rows.length, columns.length, groups.length);
  const count = (row: number, column: number): number => table.counts[row][column];

  const entries: LinkedEntry[] = [];
  for (const row of rows) for (const column of columns) entries[ids.cell(row, column)] = { position: { kind: 'cell', row, column }, value: count(row, column), published: true };
  for (const row of rows) entries[ids.rowTotal(row)] = { position: { kind: 'row_total', row }, value: sum(table.counts[row]), published: totals.rows };
  for (const column of columns) {
    entries[ids.columnTotal(column)] = { position: { kind: 'column_total', column }, value: sum(rows.map((row) => count(row, column))), published: totals.columns };
  }
  entries[ids.grandTotal()] = { position: { kind: 'grand_total' }, value: sum(table.counts.map(sum)), published: totals.grand };
  groups.forEach((members, group) => {
    for (const column of columns) {
      const value = sum(members.map((row) => count(row, column)));
      entries[ids.groupSubtotal(group, column)] = { position: { kind: 'group_subtotal', group, column }, value, published: true };
    }
    entries[ids.groupTotal(group)] = { position: { kind: 'group_total', group }, value: sum(members.map((row) => sum(table.counts[row]))), published: totals.rows };
  });

  const equations: SumEquation[] = [
    ...rows.map((row) => ({ total: ids.rowTotal(row), parts: columns.map((column) => ids.cell(row, column)) })),
    ...columns.map((column) => ({ total: ids.columnTotal(column), parts: rows.map((row) => ids.cell(row, column)) })),
    { total: ids.grandTotal(), parts: columns.map(ids.columnTotal) },
    { total: ids.grandTotal(), parts: rows.map(ids.rowTotal) },
    ...groups.flatMap((members, group) => [
      ...columns.map((column) => ({ total: ids.groupSubtotal(group, column), parts: members.map((row) => ids.cell(row, column)) })),
      { total: ids.groupTotal(group), parts: columns.map((column) => ids.groupSubtotal(group, column)) },
      { total: ids.groupTotal(group), parts: members.map(ids.rowTotal) },
    ]),
    ...(groups.length === 0
      ? []
      : [
          ...columns.map((column) => ({
            total: ids.columnTotal(column),
            parts: [...groups.map((_, group) => ids.groupSubtotal(group, column)), ...ungroupedRows.map((row) => ids.cell(row, column))],
          })),
          { total: ids.grandTotal(), parts: [...groups.map((_, group) => ids.groupTotal(group)), ...ungroupedRows.map(ids.rowTotal)] },
        ]),
  ];
  return { entries, equations, ids };
}

/** The table as shown: suppressed entries carry their reason, totals it does not publish are null. */
export function toProtectedTable(table: CountTable, linked: LinkedTable, suppressed: ReadonlyMap<number, SuppressionReason>): ProtectedTable {
  const { ids, entries } = linked;
  const show = (id: number): PublishedValue => {
    const reason = suppressed.get(id);
    return reason ? suppressedFor(reason) : { value: entries[id].value };
  };
  const rows = range(table.rowKeys.length);
  const columns = range(table.columnKeys.length);
  const totals = table.publishedTotals ?? ALL_TOTALS;
  return {
    rowKeys: table.rowKeys,
    columnKeys: table.columnKeys,
    cells: rows.map((row) => columns.map((column) => show(ids.cell(row, column)))),
    rowTotals: totals.rows ? rows.map((row) => show(ids.rowTotal(row))) : null,
    columnTotals: totals.columns ? columns.map((column) => show(ids.columnTotal(column))) : null,
    grandTotal: totals.grand ? show(ids.grandTotal()) : null,
    rowGroups: (table.rowGroups ?? []).map((group, index) => ({
      key: group.key,
      rowKeys: group.rowKeys,
      subtotals: columns.map((column) => show(ids.groupSubtotal(index, column))),
      total: totals.rows ? show(ids.groupTotal(index)) : null,
    })),
  };
}
