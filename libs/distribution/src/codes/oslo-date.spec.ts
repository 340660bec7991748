import { addDays, osloDate } from './oslo-date';

describe('osloDate', () => {
  it('gives the date in Norway, not in UTC', () => {
    expect(osloDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(osloDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(osloDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('counts days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });
});
