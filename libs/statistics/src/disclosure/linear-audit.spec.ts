import { determinedUnknowns } from './linear-audit';
import { SumEquation } from './linked-table';

describe('determinedUnknowns', () => {
  it('finds an unknown that only a combination of sums gives away', () => {
    // Hidden cells of a 4 × 4 table with all margins known (ids 100+ are the known totals): two
    // separate 2 × 2 rectangles of hidden cells and one hidden cell (id 8) bridging them. Every
    // row and column holds two or more hidden cells, yet rows 1+2 minus columns 1+2 leave only
    // the bridge.
    const cell = (row: number, column: number): number => row * 4 + column;
    const hidden = new Set([cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1), cell(2, 2), cell(2, 3), cell(3, 2), cell(3, 3), cell(1, 2)]);
    const equations: SumEquation[] = [
      ...[0, 1, 2, 3].map((row) => ({ total: 100 + row, parts: [0, 1, 2, 3].map((column) => cell(row, column)) })),
      ...[0, 1, 2, 3].map((column) => ({ total: 110 + column, parts: [0, 1, 2, 3].map((row) => cell(row, column)) })),
    ];
    expect(determinedUnknowns(equations, (id) => hidden.has(id))).toEqual([cell(1, 2)]);
  });

  it('finds nothing where every hidden cell lies on a cycle of hidden cells', () => {
    const equations: SumEquation[] = [
      { total: 10, parts: [0, 1] },
      { total: 11, parts: [2, 3] },
      { total: 12, parts: [0, 2] },
      { total: 13, parts: [1, 3] },
    ];
    expect(determinedUnknowns(equations, (id) => id < 4)).toEqual([]);
  });

  it('treats a hidden total like any other unknown', () => {
    // 0 = 1 + 2 and 3 = 0 + 4: the total 0 is also a part of the total 3.
    const equations: SumEquation[] = [
      { total: 0, parts: [1, 2] },
      { total: 3, parts: [0, 4] },
    ];
    expect(determinedUnknowns(equations, (id) => [0, 1, 4].includes(id))).toEqual([]);
    expect(determinedUnknowns(equations, (id) => [0, 4].includes(id))).toEqual([0, 4]);
  });
});
