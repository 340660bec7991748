import { dayNumber, fromDayNumber, type IsoDate } from '@stemme/questionnaire';

const OSLO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

let cached = { until: 0, date: '' };

/** The calendar date in Norway at this instant: all that is ever stored of when something happened. */
export function osloDate(now: Date = new Date()): IsoDate {
  const time = now.getTime();
  // Formatting in a time zone is slow for the hot path. The date changes at midnight, always on a
  // whole second, so computing it once a second is exact.
  if (time >= cached.until - 1000 && time < cached.until) return cached.date;
  const date = OSLO_DAY.format(now);
  cached = { until: Math.floor(time / 1000) * 1000 + 1000, date };
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}
