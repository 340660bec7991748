import { tableSketch } from '../testing/table-views';
import { protectCountTable } from './protect-count-table';

describe('protectCountTable', () => {
  it('shows a table without groups under the threshold as it is', () => {
    const table = protectCountTable({ rowKeys: ['0301', '4601'], columnKeys: ['18-39', '40+'], counts: [[40, 52], [17, 0]] });
    expect(tableSketch(table)).toEqual(['0301: 40 52 | 92', '4601: 17 0 | 17', 'total: 57 52 | 109']);
  });

  it('hides a municipality × age band group under k, and the fewest others that keep every row and column safe', () => {
    const table = protectCountTable({ rowKeys: ['m1', 'm2', 'm3'], columnKeys: ['18-39', '40-66', '67+'], counts: [[12, 30, 3], [20, 25, 14], [15, 40, 22]] });
    // 3 is hidden; 12 protects it in its row, then 15 and 22 close the rectangle, so no row or
    // column has a single hidden count left.
    expect(tableSketch(table)).toEqual(['m1: C 30 P | 45', 'm2: 20 25 14 | 59', 'm3: C 40 C | 77', 'total: 47 95 39 | 181']);
  });

  it('hides the next smallest municipality of a county whose total is shown', () => {
    const table = protectCountTable({
      rowKeys: ['4601', '4602', '4611', '4612', '5001', '5014'],
      columnKeys: ['n'],
      counts: [[120], [14], [3], [9], [200], [30]],
      publishedTotals: { rows: false, columns: true, grand: false },
      rowGroups: [
        { key: '46', rowKeys: ['4601', '4602', '4611', '4612'] },
        { key: '50', rowKeys: ['5001', '5014'] },
      ],
    });
    expect(tableSketch(table)).toEqual(['4601: 120 | –', '4602: 14 | –', '4611: P | –', '4612: C | –', '5001: 200 | –', '5014: 30 | –', 'total: 376 | –', '46: 146 | –', '50: 230 | –']);
  });

  it('hides a second age band of a municipality whose all-ages total is shown', () => {
    const table = protectCountTable({
      rowKeys: ['4611', '4612'],
      columnKeys: ['18-39', '40-66', '67+'],
      counts: [[2, 9, 8], [11, 0, 6]],
      publishedTotals: { rows: true, columns: false, grand: false },
    });
    expect(tableSketch(table)).toEqual(['4611: P 9 C | 19', '4612: 11 0 6 | 17', 'total:  | –']);
  });

  it('hides another age band when the hidden bands of a shown municipality would add up to fewer than k', () => {
    // 45 − 12 − 30 = 3 people in 24–29 and 30–39 together: with 12 shown, anyone could subtract
    // the 18–23 and 40+ answers from the all-ages ones and read the answers of those 3.
    const table = protectCountTable({ rowKeys: ['4601', '4602'], columnKeys: ['18-23', '24-29', '30-39', '40+'], counts: [[12, 2, 1, 30], [15, 20, 9, 40]] });
    expect(tableSketch(table)).toEqual(['4601: C P P 30 | 45', '4602: C C C 40 | 84', 'total: 27 22 10 70 | 129']);
  });

  it('hides totals under k as well, and protects them like cells', () => {
    const table = protectCountTable({ rowKeys: ['a', 'b', 'c'], columnKeys: ['x', 'y'], counts: [[1, 2], [10, 12], [20, 30]] });
    expect(tableSketch(table)).toEqual(['a: P P | P', 'b: C C | C', 'c: 20 30 | 50', 'total: 31 44 | 75']);
  });

  it('shows 0: an empty group says nothing about anyone', () => {
    const table = protectCountTable({ rowKeys: ['a', 'b'], columnKeys: ['x', 'y'], counts: [[0, 25], [0, 31]] });
    expect(tableSketch(table)).toEqual(['a: 0 25 | 25', 'b: 0 31 | 31', 'total: 0 56 | 56']);
  });

  it('never hides a 0 to protect another count, even when it is the smallest', () => {
    const table = protectCountTable({ rowKeys: ['a', 'b'], columnKeys: ['x', 'y', 'z'], counts: [[4, 0, 30], [40, 0, 50]] });
    expect(tableSketch(table)).toEqual(['a: P 0 C | 34', 'b: C 0 C | 90', 'total: 44 0 80 | 124']);
  });

  it('breaks ties between equally small counts by table order', () => {
    const table = protectCountTable({ rowKeys: ['a', 'b', 'c'], columnKeys: ['n'], counts: [[2], [7], [7]], publishedTotals: { rows: false, columns: true, grand: false } });
    expect(tableSketch(table)).toEqual(['a: P | –', 'b: C | –', 'c: 7 | –', 'total: 16 | –']);
  });

  it('uses the threshold it is given', () => {
    const counts = [[6, 30], [25, 40]];
    expect(tableSketch(protectCountTable({ rowKeys: ['a', 'b'], columnKeys: ['x', 'y'], counts }, { threshold: 5 }))[0]).toBe('a: 6 30 | 36');
    expect(tableSketch(protectCountTable({ rowKeys: ['a', 'b'], columnKeys: ['x', 'y'], counts }, { threshold: 10 }))[0]).toBe('a: P C | 36');
  });

  it('refuses a table whose rows and counts do not match, or a row in two groups', () => {
    expect(() => protectCountTable({ rowKeys: ['a'], columnKeys: ['x', 'y'], counts: [[1]] })).toThrow(RangeError);
    expect(() =>
      protectCountTable({ rowKeys: ['a'], columnKeys: ['x'], counts: [[9]], rowGroups: [{ key: 'g', rowKeys: ['a'] }, { key: 'h', rowKeys: ['a'] }] }),
    ).toThrow(/more than one row group/);
    expect(() => protectCountTable({ rowKeys: ['a'], columnKeys: ['x'], counts: [[9]] }, { threshold: 0 })).toThrow(RangeError);
  });
});
