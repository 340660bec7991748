import { buildGroupTable, type Geography } from './group-table';

const geography: Geography = {
  countyOf: new Map([
    ['0301', '03'],
    ['1505', '15'],
    ['1506', '15'],
    ['1508', '15'],
    ['5501', '55'],
  ]),
  municipalityName: new Map(),
  countyName: new Map(),
};
const size = (municipalityCode: string | null, countyCode: string | null, ageBand: number | null, n: number) => ({ municipalityCode, countyCode, ageBand, n });

describe('buildGroupTable', () => {
  const table = buildGroupTable(
    [
      size('0301', '03', 0, 40),
      size('0301', '03', 1, 2),
      size('1505', '15', 0, 30),
      size('1506', '15', 1, 4),
      size('1508', '15', 0, 6),
      size(null, '15', 1, 7),
      size('5501', '55', 0, 3),
      size(null, null, null, 2),
    ],
    geography,
    { threshold: 5, reportingMinimum: 10 },
    2,
  );

  it('makes a row of each own-report municipality, county pool, split code, withheld county and the unknown place', () => {
    expect(table.rows.map((row) => [row.key, row.kind])).toEqual([
      ['0301', 'municipality'],
      ['1505', 'municipality'],
      ['county:15', 'pool'],
      ['split:15', 'split'],
      ['withheld:55', 'withheld'],
      ['unknown', 'unknown'],
    ]);
    expect(table.rows[2].municipalityCodes).toEqual(['1506', '1508']);
  });

  it('counts respondents per row and age band, with a column for those without an age', () => {
    expect(table.columns).toEqual([0, 1, null]);
    expect(table.counts).toEqual([
      [40, 2, 0],
      [30, 0, 0],
      [6, 4, 0],
      [0, 7, 0],
      [3, 0, 0],
      [0, 0, 2],
    ]);
    expect(table.rowOf(null, '15')).toBe(3);
    expect(table.rowOf('1508', '15')).toBe(2);
  });

  it('hides every group under the threshold, cell or total, and what would give one away', () => {
    const shown = table.protected!;
    expect(shown.cells[0][1]).toEqual({ suppressed: true, reason: 'below_threshold' });
    expect(shown.rowTotals![4]).toEqual({ suppressed: true, reason: 'below_threshold' });
    expect(shown.cells[0].filter((cell) => 'suppressed' in cell).length).toBeGreaterThanOrEqual(2);
    expect(shown.grandTotal).toEqual({ value: 94 });
  });
});
