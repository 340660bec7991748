import { CountTable, RowGroup } from '../disclosure/count-table';
import { SeededRandom } from './seeded-random';

export interface RandomTableShape {
  readonly maxRows: number;
  readonly maxColumns: number;
}

/**
 * A random count table as the API might publish one: varied size, sparsity and spread of counts
 * (many small ones near the threshold), random published totals, and often a row hierarchy.
 */
export function randomCountTable(random: SeededRandom, shape: RandomTableShape = { maxRows: 9, maxColumns: 6 }): CountTable {
  const rowCount = random.integer(1, shape.maxRows);
  const columnCount = random.integer(1, shape.maxColumns);
  const zeroShare = random.pick([0, 0.1, 0.3, 0.6]);
  const largest = random.pick([6, 15, 40, 200]);
  const counts = Array.from({ length: rowCount }, () =>
    Array.from({ length: columnCount }, () => (random.chance(zeroShare) ? 0 : random.chance(0.5) ? random.integer(1, 9) : random.integer(1, largest))),
  );
  const rowKeys = counts.map((_, row) => `r${row}`);
  return {
    rowKeys,
    columnKeys: Array.from({ length: columnCount }, (_, column) => `c${column}`),
    counts,
    publishedTotals: { rows: random.chance(0.8), columns: random.chance(0.8), grand: random.chance(0.7) },
    ...(random.chance(0.6) ? { rowGroups: randomRowGroups(random, rowKeys) } : {}),
  };
}

/** Splits the rows into consecutive groups; now and then a row is left out of every group. */
function randomRowGroups(random: SeededRandom, rowKeys: readonly string[]): RowGroup[] {
  const groups: RowGroup[] = [];
  let current: string[] = [];
  for (const key of rowKeys) {
    if (random.chance(0.1)) continue;
    current.push(key);
    if (random.chance(0.4)) {
      groups.push({ key: `g${groups.length}`, rowKeys: current });
      current = [];
    }
  }
  if (current.length > 0) groups.push({ key: `g${groups.length}`, rowKeys: current });
  return groups;
}
