/** Which operators and values make sense for which kind of answer (see FORMAT.md). */
import { isIsoDate } from '../calendar/iso-date';
import { CONDITION_OPERATORS, type ConditionOperator, type ConditionScalar, type Question } from '../definition/types';

export type AnswerKind = 'choice' | 'scale' | 'selection' | 'number' | 'date' | 'municipality' | 'text';

const EQUALITY: readonly ConditionOperator[] = ['equals', 'not_equals', 'in', 'answered', 'not_answered'];

/** Single-choice codes are names, not amounts, so they are not ordered; Likert points are. */
export const ALLOWED_OPERATORS: Record<AnswerKind, readonly ConditionOperator[]> = {
  choice: EQUALITY,
  scale: CONDITION_OPERATORS,
  selection: EQUALITY,
  number: CONDITION_OPERATORS,
  date: CONDITION_OPERATORS,
  municipality: EQUALITY,
  text: ['answered', 'not_answered'],
};

export function answerKindOf(question: Question): AnswerKind {
  switch (question.type) {
    case 'single_choice':
      return 'choice';
    case 'likert':
    case 'matrix':
      return 'scale';
    case 'multiple_choice':
      return 'selection';
    case 'number':
    case 'age':
    case 'year_of_birth':
      return 'number';
    case 'date':
      return 'date';
    case 'municipality':
      return 'municipality';
    case 'short_text':
    case 'long_text':
      return 'text';
  }
}

export function isValidConditionValue(kind: AnswerKind, op: ConditionOperator, value: ConditionScalar): boolean {
  switch (kind) {
    case 'choice':
    case 'selection':
      return Number.isInteger(value);
    case 'scale':
      return op === 'greater' || op === 'less' ? Number.isFinite(value) : Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return isIsoDate(value);
    case 'municipality':
      return typeof value === 'string' && /^\d{4}$/.test(value);
    case 'text':
      return false;
  }
}

export function describeExpectedValue(kind: AnswerKind): string {
  return {
    choice: 'an option code',
    scale: 'a scale point',
    selection: 'an option code',
    number: 'a number',
    date: 'a date as YYYY-MM-DD',
    municipality: 'a 4-digit municipality number as a string',
    text: 'no value',
  }[kind];
}
