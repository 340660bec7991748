/**
 * What a condition may refer to and compare with: only answers that come EARLIER (FORMAT.md), the
 * operators that make sense for that kind of answer, and values taken from the question itself.
 */
import {
  type AnswerField,
  answerFields,
  allowedCodesOf,
  type ConditionOperator,
  type ConditionTerm,
  type ConditionValue,
  type Language,
  type Question,
  scaleOf,
} from '@questionnaire/browser';
import { ALLOWED_OPERATORS, type AnswerKind, answerKindOf } from '@questionnaire/validation/condition-operators';
import type { EditorDefinition } from '../model/editor-model';

export interface ConditionPosition {
  pageIndex: number;
  /** Absent for a page's own condition, which may use earlier pages only. */
  questionIndex?: number;
}

export function earlierFields(editor: EditorDefinition, position: ConditionPosition): AnswerField[] {
  return answerFields(editor).filter(
    (field) =>
      field.pageIndex < position.pageIndex ||
      (position.questionIndex !== undefined && field.pageIndex === position.pageIndex && field.questionIndex < position.questionIndex),
  );
}

/** Question numbers run through the whole questionnaire: 1, 2, 3 … across pages. */
export function questionNumbers(editor: EditorDefinition): Map<Question, number> {
  const numbers = new Map<Question, number>();
  for (const page of editor.pages) for (const question of page.questions) numbers.set(question, numbers.size + 1);
  return numbers;
}

const shorten = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function fieldLabel(field: AnswerField, numbers: Map<Question, number>, language: Language): string {
  const number = numbers.get(field.question) ?? '?';
  const text = field.question.text[language] || field.question.text.nb || field.question.variable;
  const item = field.item ? ` – ${field.item.text[language] || field.item.text.nb || field.item.variable}` : '';
  return `${number}. ${shorten(text)}${shorten(item, 40)} (${field.variable})`;
}

export function operatorsFor(question: Question): readonly ConditionOperator[] {
  return ALLOWED_OPERATORS[answerKindOf(question)];
}

export function kindOf(question: Question): AnswerKind {
  return answerKindOf(question);
}

export interface CodeChoice {
  code: number;
  label: string;
}

/** The codes a choice, multiple-choice or scale answer can have, each with its words. */
export function codeChoices(question: Question, language: Language, op: ConditionOperator): CodeChoice[] | undefined {
  const codes = allowedCodesOf(question);
  if (!codes) return undefined;
  const scale = scaleOf(question);
  const ordered = op === 'greater' || op === 'less';
  return codes
    .filter((code) => !(ordered && scale?.dontKnow?.code === code))
    .map((code) => ({ code, label: codeLabel(question, code, language) }));
}

function codeLabel(question: Question, code: number, language: Language): string {
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    const option = question.options.find((candidate) => candidate.code === code);
    return option?.label[language] || option?.label.nb || '';
  }
  const scale = scaleOf(question);
  if (!scale) return '';
  if (scale.dontKnow?.code === code) return scale.dontKnow.label[language] || scale.dontKnow.label.nb || '';
  if (code === 1) return scale.lowLabel[language] || scale.lowLabel.nb || '';
  if (code === scale.points) return scale.highLabel[language] || scale.highLabel.nb || '';
  return '';
}

export function needsValue(op: ConditionOperator): boolean {
  return op !== 'answered' && op !== 'not_answered';
}

/** A sensible value to start with, so that a new term is complete at once where it can be. */
export function defaultValue(question: Question, op: ConditionOperator, language: Language): ConditionValue | undefined {
  if (!needsValue(op)) return undefined;
  const first = codeChoices(question, language, op)?.[0]?.code;
  if (first === undefined) return undefined;
  return op === 'in' ? [first] : first;
}

export function newTerm(field: AnswerField, language: Language): ConditionTerm {
  const op = operatorsFor(field.question)[0];
  const value = defaultValue(field.question, op, language);
  return value === undefined ? { variable: field.variable, op } : { variable: field.variable, op, value };
}
