/**
 * Turns one page's form POST into typed answers. Works for the plain HTML form, JavaScript or
 * not: every field of the page is read, and a field the body does not mention is empty (a group
 * of checkboxes with none ticked sends nothing). Only the format is checked here; the core's
 * `validateAnswers` checks the content.
 */
import { answerFields, answerMessage, type AnswerValue, type Language, type QuestionnaireDefinition } from '@stemme/questionnaire';
import { uiText } from '../texts/ui-texts';
import { fieldKindOf, readField, type FieldKind } from './field-values';
import { ACTION_FIELD, bodyValue, FORM_ACTIONS, firstBodyValue, SHOWN_FIELD, type FieldProblems, type FormAction, type FormBody } from './form-fields';

export interface ParsePageOptions {
  /** For the problem messages; bokmål by default. */
  language?: Language;
  /** Questions the link answers; they are not on the page and are not read from the body. */
  skipVariables?: Iterable<string>;
}

export interface PagePost {
  pageId: string;
  action: FormAction;
  /** Every field of the page: its value, or null when empty or unreadable. */
  answers: Record<string, AnswerValue>;
  /** Fields whose text could not be read, such as "abc" for an age. */
  problems: FieldProblems;
  /** What was typed in those fields, to show it again beside the problem. */
  rawText: Record<string, string>;
  /** The live questions that were on screen when the form was sent. */
  shownQuestions: string[];
}

export function parsePagePost(definition: QuestionnaireDefinition, pageId: string, body: FormBody, options: ParsePageOptions = {}): PagePost {
  const pageIndex = definition.pages.findIndex((page) => page.id === pageId);
  if (pageIndex < 0) throw new RangeError(`The questionnaire has no page "${pageId}"`);
  const language = options.language ?? 'nb';
  const skip = new Set(options.skipVariables ?? []);
  const answers: Record<string, AnswerValue> = {};
  const problems: Record<string, string> = {};
  const rawText: Record<string, string> = {};

  for (const { variable, question } of answerFields(definition).filter((field) => field.pageIndex === pageIndex)) {
    if (skip.has(question.variable)) continue;
    const raw = bodyValue(body, variable);
    const reading = readField(fieldKindOf(question), raw);
    if (reading.ok) {
      answers[variable] = reading.value;
      continue;
    }
    answers[variable] = null;
    problems[variable] = formatProblem(reading.kind, language);
    if (typeof raw === 'string') rawText[variable] = raw;
  }

  return { pageId, action: actionOf(body), answers, problems, rawText, shownQuestions: (firstBodyValue(body, SHOWN_FIELD) ?? '').split(/\s+/).filter(Boolean) };
}

function actionOf(body: FormBody): FormAction {
  const action = firstBodyValue(body, ACTION_FIELD);
  return FORM_ACTIONS.find((candidate) => candidate === action) ?? 'next';
}

function formatProblem(kind: FieldKind, language: Language): string {
  switch (kind) {
    case 'code':
    case 'codes':
      return answerMessage('unknown_option', language);
    case 'decimal':
      return uiText('notADecimal', language);
    case 'year':
      return uiText('notAYear', language);
    case 'date':
      return uiText('notADate', language);
    default:
      return uiText('notANumber', language);
  }
}
