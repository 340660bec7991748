/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), free of time zones: the caller decides which
 * day it is in Norway. Browser-safe.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MILLISECONDS_PER_DAY = 86_400_000;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function yearOf(date: IsoDate): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

/** Days since 1970-01-01; lets dates be compared and stepped like integers. */
export function dayNumber(date: IsoDate): number {
  assertIsoDate(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MILLISECONDS_PER_DAY;
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

/** `31.12.2024`, as Norwegians write dates. */
export function norwegianDate(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

function assertIsoDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
}
