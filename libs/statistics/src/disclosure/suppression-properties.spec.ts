import { attackPublishedTable, hiddenUnions } from '../testing/attacker';
import { randomCountTable } from '../testing/random-tables';
import { SeededRandom } from '../testing/seeded-random';
import { namedEntries } from '../testing/table-views';
import { CountTable, ProtectedTable } from './count-table';
import { protectCountTable } from './protect-count-table';
import { protectFrequencyTable, ProtectedFrequencyTable } from './protect-frequency-table';
import { isSuppressed } from './published-value';

const TABLES = 400;

function randomCases(seed: number): Array<{ table: CountTable; threshold: number; suppressSmallCounts: boolean }> {
  const random = new SeededRandom(seed);
  return Array.from({ length: TABLES }, () => ({
    table: randomCountTable(random, { maxRows: 10, maxColumns: 6 }),
    threshold: random.pick([3, 5, 10]),
    suppressSmallCounts: random.chance(0.5),
  }));
}

describe(`protectCountTable on ${TABLES} random tables (k = 3, 5, 10)`, () => {
  const protectedCases = randomCases(20251125).map(({ table, threshold }) => ({ table, threshold, result: protectCountTable(table, { threshold }) }));

  it('exercise both rules: the tables hide counts below the threshold and complementary ones', () => {
    const hidden = protectedCases.flatMap(({ result }) => result.cells.flat().filter(isSuppressed));
    expect(hidden.filter((cell) => cell.reason === 'below_threshold').length).toBeGreaterThan(500);
    expect(hidden.filter((cell) => cell.reason === 'complementary').length).toBeGreaterThan(500);
  });

  it('leaves no hidden count that the attacker can recover, by differencing or by bounds', () => {
    const recovered = protectedCases.flatMap(({ result }) => attackPublishedTable(result).filter((entry) => entry.recovered));
    expect(recovered).toEqual([]);
  });

  it('leaves no group of 1 to k − 1 that the attacker can size by subtracting shown counts from a shown total', () => {
    const small = protectedCases.flatMap(({ threshold, result }) => hiddenUnions(result).filter(({ size }) => size > 0 && size < threshold));
    expect(small).toEqual([]);
  });

  it('shows no count from 1 to k − 1, and every other shown count as it is', () => {
    for (const { table, threshold, result } of protectedCases) {
      for (const { shown, value } of namedEntries(result, table.counts).values()) {
        if (shown === null || isSuppressed(shown)) continue;
        expect(shown.value).toBe(value);
        expect(value === 0 || value >= threshold).toBe(true);
      }
    }
  });

  it('hides counts only when they are above 0', () => {
    for (const { table, result } of protectedCases) {
      for (const { shown, value } of namedEntries(result, table.counts).values()) if (shown && isSuppressed(shown)) expect(value).toBeGreaterThan(0);
    }
  });

  it('gives the attacker true bounds: each hidden count lies within what it learns', () => {
    for (const { table, result } of protectedCases.slice(0, 100)) {
      const entries = namedEntries(result, table.counts);
      for (const attacked of attackPublishedTable(result)) {
        const { value } = entries.get(attacked.name) as { value: number };
        expect(attacked.lower).toBeLessThanOrEqual(value);
        expect(attacked.upper).toBeGreaterThanOrEqual(value);
      }
    }
  });
});

describe(`protectFrequencyTable on ${TABLES} random tables (k = 3, 5, 10, with and without small-count suppression)`, () => {
  const protectedCases = randomCases(42).map(({ table, threshold, suppressSmallCounts }) => ({
    table,
    threshold,
    suppressSmallCounts,
    result: protectFrequencyTable(table, { threshold, suppressSmallCounts }),
  }));

  // Everything a reader sees: the counts, and the bases of rows, row groups and the nation,
  // which are the row, group and grand totals whether or not the table repeats them.
  const readerView = (result: ProtectedFrequencyTable): ProtectedTable => ({
    ...result.counts,
    rowTotals: result.bases.rows,
    grandTotal: result.bases.national,
    rowGroups: result.counts.rowGroups.map((group, index) => ({ ...group, total: result.bases.rowGroups[index] })),
  });

  it('leaves no count above 0 that is hidden for being under k recoverable by the attacker', () => {
    for (const { table, result } of protectedCases) {
      const view = readerView(result);
      const entries = namedEntries(view, table.counts);
      const exposed = attackPublishedTable(view).filter((attacked) => {
        const { shown, value } = entries.get(attacked.name) as { shown: { reason: string }; value: number };
        return attacked.recovered && value > 0 && shown.reason === 'below_threshold';
      });
      expect(exposed).toEqual([]);
    }
  });

  it('shows no group base from 1 to k − 1, and with small-count suppression no count from 1 to k − 1', () => {
    for (const { table, threshold, suppressSmallCounts, result } of protectedCases) {
      const bases = [...result.bases.rows, ...result.bases.rowGroups, result.bases.national];
      for (const base of bases) if (!isSuppressed(base)) expect(base.value === 0 || base.value >= threshold).toBe(true);
      if (!suppressSmallCounts) continue;
      for (const { shown, value } of namedEntries(result.counts, table.counts).values()) {
        if (shown && !isSuppressed(shown)) expect(value === 0 || value >= threshold).toBe(true);
      }
    }
  });

  it('hides every count of a hidden group', () => {
    for (const { result } of protectedCases) {
      result.bases.rows.forEach((base, row) => {
        if (isSuppressed(base)) expect(result.counts.cells[row].every(isSuppressed)).toBe(true);
      });
    }
  });
});
