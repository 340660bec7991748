import { tableSketch } from '../testing/table-views';
import { protectFrequencyTable } from './protect-frequency-table';

const municipalities = {
  rowKeys: ['4601', '4602', '4611', '5001'],
  columnKeys: ['yes', 'no'],
  rowGroups: [
    { key: '46', rowKeys: ['4601', '4602', '4611'] },
    { key: '50', rowKeys: ['5001'] },
  ],
};

describe('protectFrequencyTable', () => {
  it('hides every count of a group under k, and the next smallest group of its county, whose total is shown', () => {
    const table = protectFrequencyTable({ ...municipalities, counts: [[60, 40], [7, 5], [1, 2], [30, 50]] });
    expect(tableSketch(table.counts)).toEqual([
      '4601: 60 40 | 100',
      '4602: C C | C',
      '4611: P P | P',
      '5001: 30 50 | 80',
      'total: 98 97 | 195',
      '46: 68 47 | 115',
      '50: 30 50 | 80',
    ]);
    expect(table.bases).toEqual({
      rows: [{ value: 100 }, { suppressed: true, reason: 'complementary' }, { suppressed: true, reason: 'below_threshold' }, { value: 80 }],
      rowGroups: [{ value: 115 }, { value: 80 }],
      national: { value: 195 },
    });
  });

  it('by default shows small answer counts in groups that reach k', () => {
    const table = protectFrequencyTable({ rowKeys: ['a', 'b', 'c'], columnKeys: ['yes', 'no', 'maybe'], counts: [[20, 3, 10], [15, 9, 2], [30, 30, 30]] });
    expect(tableSketch(table.counts)).toEqual(['a: 20 3 10 | 33', 'b: 15 9 2 | 26', 'c: 30 30 30 | 90', 'total: 65 42 42 | 149']);
  });

  it('hides answer counts from 1 to k − 1 on request, with a second count in each row and column', () => {
    const table = protectFrequencyTable({ rowKeys: ['a', 'b', 'c'], columnKeys: ['yes', 'no', 'maybe'], counts: [[20, 3, 10], [15, 9, 2], [30, 30, 30]] }, { suppressSmallCounts: true });
    expect(tableSketch(table.counts)).toEqual(['a: 20 P C | 33', 'b: 15 C P | 26', 'c: 30 30 30 | 90', 'total: 65 42 42 | 149']);
    expect(table.bases.rows).toEqual([{ value: 33 }, { value: 26 }, { value: 90 }]);
  });

  it('hides the national figures too when the whole table has fewer than k respondents', () => {
    const table = protectFrequencyTable({ rowKeys: ['a', 'b'], columnKeys: ['yes', 'no'], counts: [[1, 1], [0, 1]] });
    expect(tableSketch(table.counts)).toEqual(['a: P P | P', 'b: P P | P', 'total: P P | P']);
  });

  it('takes multiple-choice bases as given, and shows no row totals for them', () => {
    const table = protectFrequencyTable(
      { rowKeys: ['a', 'b', 'c'], columnKeys: ['letter', 'app'], counts: [[3, 2], [9, 9], [12, 20]], publishedTotals: { rows: false, columns: true, grand: false } },
      { rowBases: [4, 11, 25] },
    );
    expect(tableSketch(table.counts)).toEqual(['a: P P | –', 'b: C C | –', 'c: 12 20 | –', 'total: 24 31 | –']);
    expect(() => protectFrequencyTable({ rowKeys: ['a'], columnKeys: ['x'], counts: [[3]] }, { rowBases: [4] })).toThrow(/must not be published/);
  });

  it('counts on the bases being shown even where the table itself leaves out its row totals', () => {
    const table = protectFrequencyTable(
      { rowKeys: ['a', 'b'], columnKeys: ['yes', 'no'], counts: [[3, 20], [15, 9]], publishedTotals: { rows: false, columns: true, grand: false } },
      { suppressSmallCounts: true },
    );
    // a's base 23 is shown among the bases, so hiding its 3 needs a second hidden count in row a.
    expect(tableSketch(table.counts)).toEqual(['a: P C | –', 'b: C C | –', 'total: 18 29 | –']);
    expect(table.bases.rows).toEqual([{ value: 23 }, { value: 24 }]);
  });

  it('refuses a base smaller than a count in its row', () => {
    expect(() => protectFrequencyTable({ rowKeys: ['a'], columnKeys: ['x'], counts: [[7]], publishedTotals: { rows: false, columns: true, grand: true } }, { rowBases: [6] })).toThrow(
      /base of only 6/,
    );
  });
});
