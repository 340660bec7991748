/** Plain helpers for the link forms: local date-time fields, the cap, and the API's error paths. */
import { ApiError } from '../../../api/client';

/** A moment as a datetime-local field shows it, in this browser's time zone, to the minute. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An ISO instant from a datetime-local field; undefined when empty or not a time. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Thirty days from now at 23:59, a sensible first closing time. */
export function defaultClosing(now = new Date()): string {
  const date = new Date(now.getTime() + 30 * 86_400_000);
  date.setHours(23, 59, 0, 0);
  return toLocalInput(date);
}

/** The cap field: null when empty, undefined when not a whole number from 1. */
export function parseCap(value: string): number | null | undefined {
  if (value.trim() === '') return null;
  const cap = Number(value);
  return Number.isInteger(cap) && cap >= 1 && cap <= 10_000_000 ? cap : undefined;
}

export type LinkField = 'opensAt' | 'closesAt' | 'responseCap' | 'municipalityCode' | 'countyCode';

/** The fields the API named in a refusal. */
export function fieldsOf(error: unknown): LinkField[] {
  if (!(error instanceof ApiError)) return [];
  return error.details.map((detail) => detail.path.split('.')[0] as LinkField);
}
