import { EXCEL_MAX_CELL_TEXT, toXlsxCell } from './xlsx-cell';

describe('toXlsxCell', () => {
  it('keeps numbers, text and dates, and writes blanks for null and undefined', () => {
    const date = new Date(Date.UTC(2025, 0, 31));

    expect([3, 'Bodø', date, null, undefined].map(toXlsxCell)).toEqual([3, 'Bodø', date, null, null]);
  });

  it('writes a blank for numbers that Excel cannot hold and for invalid dates', () => {
    expect([Number.NaN, Number.POSITIVE_INFINITY, new Date('not a date')].map(toXlsxCell)).toEqual([null, null, null]);
  });

  it('cuts text at the 32,767 characters Excel keeps in a cell', () => {
    expect(toXlsxCell('å'.repeat(EXCEL_MAX_CELL_TEXT + 10))).toHaveLength(EXCEL_MAX_CELL_TEXT);
  });

  it('turns CR and CRLF into the LF that Excel breaks lines at', () => {
    expect(toXlsxCell('første linje\r\nandre\rtredje')).toBe('første linje\nandre\ntredje');
  });
});
