/**
 * Reads what a respondent typed or chose into typed answers. Browser-safe (the enhancement
 * script reads live answers with the same rules as the server), so it imports the core's
 * browser entry only, and only types.
 *
 * Forgiving where a person would be: spaces in numbers, a decimal comma, "25 år" for an age,
 * 31.12.2024 for a date in browsers without a date picker.
 */
import type { AnswerValue, Question } from '../../../questionnaire/src/browser';

export type FieldKind = 'code' | 'codes' | 'integer' | 'decimal' | 'age' | 'year' | 'date' | 'text';

export type FieldReading = { ok: true; value: AnswerValue } | { ok: false; kind: FieldKind };

export function fieldKindOf(question: Question): FieldKind {
  switch (question.type) {
    case 'single_choice':
    case 'likert':
    case 'matrix':
      return 'code';
    case 'multiple_choice':
      return 'codes';
    case 'number':
      return question.numberType === 'decimal' ? 'decimal' : 'integer';
    case 'age':
      return 'age';
    case 'year_of_birth':
      return 'year';
    case 'date':
      return 'date';
    default:
      return 'text';
  }
}

const CODE = /^\d{1,9}$/;
const NUMBER = /^-?\d+([.,]\d+)?$/;
const YEAR = /^\d{4}$/;
const SPACES = /[\s\u00a0\u2009\u202f]+/g;
const AGE_UNIT = /\s*(år|years?|yrs?)\.?$/i;
const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const NORWEGIAN_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** `raw` is what the form sent for one field: nothing, one value, or several (checkboxes). */
export function readField(kind: FieldKind, raw: string | readonly string[] | undefined): FieldReading {
  if (kind === 'codes') return readCodes(raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw);
  const text = (typeof raw === 'string' ? raw : (raw?.[0] ?? '')).replace(/\r\n?/g, '\n').trim();
  if (text === '') return { ok: true, value: null };
  switch (kind) {
    case 'code':
      return CODE.test(text) ? { ok: true, value: Number(text) } : { ok: false, kind };
    case 'integer':
    case 'decimal':
      return readNumber(text, kind);
    case 'age':
      return readNumber(text.replace(AGE_UNIT, ''), kind);
    case 'year':
      return YEAR.test(text.replace(SPACES, '')) ? { ok: true, value: Number(text.replace(SPACES, '')) } : { ok: false, kind };
    case 'date':
      return readDate(text);
    default:
      return { ok: true, value: text };
  }
}

function readCodes(values: readonly string[]): FieldReading {
  const present = values.map((value) => value.trim()).filter((value) => value !== '');
  if (!present.every((value) => CODE.test(value))) return { ok: false, kind: 'codes' };
  return { ok: true, value: present.length > 0 ? present.map(Number) : null };
}

function readNumber(text: string, kind: FieldKind): FieldReading {
  const compact = text.replace(SPACES, '').replace(/\u2212/g, '-');
  return NUMBER.test(compact) ? { ok: true, value: Number(compact.replace(',', '.')) } : { ok: false, kind };
}

/** Gives `YYYY-MM-DD`; whether that day exists is the core's check ("write a date that exists"). */
function readDate(text: string): FieldReading {
  if (ISO_DATE_SHAPE.test(text)) return { ok: true, value: text };
  const match = NORWEGIAN_DATE.exec(text.replace(SPACES, ''));
  if (!match) return { ok: false, kind: 'date' };
  const [, day, month, year] = match;
  return { ok: true, value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}
