import { ProtectedTable } from '../disclosure/count-table';
import { attackPublishedTable } from './attacker';

const hidden = { suppressed: true, reason: 'below_threshold' } as const;
const table = (cells: ProtectedTable['cells'], rowTotals: ProtectedTable['rowTotals'], columnTotals: ProtectedTable['columnTotals']): ProtectedTable => ({
  rowKeys: cells.map((_, index) => `r${index}`),
  columnKeys: cells[0].map((_, index) => `c${index}`),
  cells,
  rowTotals,
  columnTotals,
  grandTotal: null,
  rowGroups: [],
});

describe('attackPublishedTable', () => {
  it('recovers a lone hidden cell by differencing its row', () => {
    const attacked = attackPublishedTable(table([[hidden, { value: 7 }]], [{ value: 10 }], null));
    expect(attacked).toEqual([{ name: 'cell 0,0', lower: 3, upper: 3, recovered: true }]);
  });

  it('recovers cells by bounds where differencing is stuck', () => {
    // Every row and column has two hidden cells, but column 1 adds up to 0: counts are never
    // negative, so both its cells are 0, and then the rest follows.
    const attacked = attackPublishedTable(
      table(
        [
          [hidden, hidden],
          [hidden, hidden],
        ],
        [{ value: 5 }, { value: 2 }],
        [{ value: 7 }, { value: 0 }],
      ),
    );
    expect(attacked.map((entry) => [entry.name, entry.lower, entry.upper, entry.recovered])).toEqual([
      ['cell 0,0', 5, 5, true],
      ['cell 0,1', 0, 0, true],
      ['cell 1,0', 2, 2, true],
      ['cell 1,1', 0, 0, true],
    ]);
  });

  it('learns only a range for hidden cells on a cycle of hidden cells', () => {
    const attacked = attackPublishedTable(
      table(
        [
          [hidden, hidden],
          [hidden, hidden],
        ],
        [{ value: 10 }, { value: 6 }],
        [{ value: 9 }, { value: 7 }],
      ),
    );
    expect(attacked.find((entry) => entry.name === 'cell 0,0')).toEqual({ name: 'cell 0,0', lower: 3, upper: 9, recovered: false });
    expect(attacked.every((entry) => !entry.recovered)).toBe(true);
  });
});
