/** The rules for one answer to one visible field. Browser-safe. */
import { dayNumber, isIsoDate, yearOf, type IsoDate } from '../calendar/iso-date';
import { allowedCodesOf, type AnswerField } from '../definition/answer-fields';
import {
  DEFAULT_AGE_LIMITS,
  DEFAULT_LONG_TEXT_MAX_LENGTH,
  DEFAULT_SHORT_TEXT_MAX_LENGTH,
  type DateQuestion,
  type MultipleChoiceQuestion,
  type Question,
} from '../definition/types';
import { isAnswered, type AnswerValue } from './answer-types';
import type { MessageKey, MessageParams } from './answer-messages';

export type AnswerProblemCode =
  | 'unknown_variable'
  | 'answered_hidden_question'
  | 'required'
  | 'wrong_type'
  | 'unknown_option'
  | 'duplicate_option'
  | 'too_few_selected'
  | 'too_many_selected'
  | 'not_integer'
  | 'out_of_range'
  | 'too_long'
  | 'invalid_municipality'
  | 'invalid_date';

export interface AnswerIssue {
  code: AnswerProblemCode;
  message: MessageKey;
  params?: MessageParams;
}

export interface AnswerCheckOptions {
  today: IsoDate;
  knownMunicipalities?: ReadonlySet<string>;
}

const MUNICIPALITY_NUMBER = /^\d{4}$/;

export function checkAnswer(field: AnswerField, value: AnswerValue | undefined, options: AnswerCheckOptions): AnswerIssue | undefined {
  const { question } = field;
  if (value !== undefined && value !== null && !hasExpectedShape(question, value)) return { code: 'wrong_type', message: 'wrong_type' };
  if (!isAnswered(value)) return question.required ? { code: 'required', message: requiredMessage(question) } : undefined;
  switch (question.type) {
    case 'single_choice':
    case 'likert':
    case 'matrix':
      return allowedCodesOf(question)?.includes(value as number) ? undefined : { code: 'unknown_option', message: 'unknown_option' };
    case 'multiple_choice':
      return checkSelection(question, value as readonly number[]);
    case 'number':
      return checkNumber(value as number, question.numberType === 'integer', question.min, question.max);
    case 'age':
      return checkNumber(value as number, true, question.min ?? DEFAULT_AGE_LIMITS.min, question.max ?? DEFAULT_AGE_LIMITS.max);
    case 'year_of_birth':
      return checkYearOfBirth(value as number, question.minAge, question.maxAge, options.today);
    case 'municipality':
      return checkMunicipality(value as string, options.knownMunicipalities);
    case 'short_text':
      return checkLength(value as string, question.maxLength ?? DEFAULT_SHORT_TEXT_MAX_LENGTH);
    case 'long_text':
      return checkLength(value as string, question.maxLength ?? DEFAULT_LONG_TEXT_MAX_LENGTH);
    case 'date':
      return checkDate(question, value as string);
  }
}

function hasExpectedShape(question: Question, value: AnswerValue): boolean {
  switch (question.type) {
    case 'multiple_choice':
      return Array.isArray(value) && value.every((code) => typeof code === 'number');
    case 'municipality':
    case 'short_text':
    case 'long_text':
    case 'date':
      return typeof value === 'string';
    default:
      return typeof value === 'number';
  }
}

function requiredMessage(question: Question): MessageKey {
  switch (question.type) {
    case 'multiple_choice':
      return 'choose_at_least_one';
    case 'number':
    case 'age':
      return 'write_number';
    case 'year_of_birth':
      return 'write_year_of_birth';
    case 'municipality':
      return 'choose_municipality';
    case 'short_text':
    case 'long_text':
      return 'write_answer';
    case 'date':
      return 'write_date';
    default:
      return 'choose_one';
  }
}

function checkSelection(question: MultipleChoiceQuestion, selected: readonly number[]): AnswerIssue | undefined {
  const codes = question.options.map((option) => option.code);
  if (!selected.every((code) => codes.includes(code))) return { code: 'unknown_option', message: 'unknown_option' };
  if (new Set(selected).size !== selected.length) return { code: 'duplicate_option', message: 'duplicate_option' };
  if (question.minSelections !== undefined && selected.length < question.minSelections) {
    return { code: 'too_few_selected', message: 'too_few_selected', params: { count: question.minSelections } };
  }
  if (question.maxSelections !== undefined && selected.length > question.maxSelections) {
    return { code: 'too_many_selected', message: 'too_many_selected', params: { count: question.maxSelections } };
  }
  return undefined;
}

function checkNumber(value: number, integer: boolean, min: number | undefined, max: number | undefined): AnswerIssue | undefined {
  if (integer && !Number.isInteger(value)) return { code: 'not_integer', message: 'not_integer' };
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return undefined;
  const message: MessageKey = min === undefined ? 'number_at_most' : max === undefined ? 'number_at_least' : 'number_between';
  return { code: 'out_of_range', message, params: { min, max } };
}

/** The accepted years follow `ageFromYearOfBirth`: age = submission year − year of birth. */
function checkYearOfBirth(year: number, minAge: number | undefined, maxAge: number | undefined, today: IsoDate): AnswerIssue | undefined {
  if (!Number.isInteger(year)) return { code: 'not_integer', message: 'not_integer' };
  const thisYear = yearOf(today);
  const earliest = thisYear - (maxAge ?? DEFAULT_AGE_LIMITS.max);
  const latest = thisYear - (minAge ?? DEFAULT_AGE_LIMITS.min);
  if (year >= earliest && year <= latest) return undefined;
  return { code: 'out_of_range', message: 'year_between', params: { min: earliest, max: latest } };
}

function checkMunicipality(value: string, known: ReadonlySet<string> | undefined): AnswerIssue | undefined {
  const valid = MUNICIPALITY_NUMBER.test(value) && (known === undefined || known.has(value));
  return valid ? undefined : { code: 'invalid_municipality', message: 'invalid_municipality' };
}

/** Counted in characters (code points), as PostgreSQL counts them. */
function checkLength(value: string, maxLength: number): AnswerIssue | undefined {
  return Array.from(value).length > maxLength ? { code: 'too_long', message: 'too_long', params: { count: maxLength } } : undefined;
}

function checkDate(question: DateQuestion, value: string): AnswerIssue | undefined {
  if (!isIsoDate(value)) return { code: 'invalid_date', message: 'invalid_date' };
  const day = dayNumber(value);
  const { min, max } = question;
  if ((min === undefined || day >= dayNumber(min)) && (max === undefined || day <= dayNumber(max))) return undefined;
  const message: MessageKey = min === undefined ? 'date_until' : max === undefined ? 'date_from' : 'date_between';
  return { code: 'out_of_range', message, params: { minDate: min, maxDate: max } };
}
