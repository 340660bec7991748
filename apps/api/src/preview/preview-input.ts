/**
 * What the builder sends back to the preview, checked: answers as the form stores them and a
 * page's fields as a urlencoded post would carry them. Anything else is refused with its path.
 */
import { answerFields, type AnswerValue, type Answers, type QuestionnaireDefinition } from '@stemme/questionnaire';
import type { FormBody } from '@stemme/respondent-form';
import type { ErrorDetail } from '@stemme/platform';

const MAX_TEXT = 20_000;

function isAnswerValue(value: unknown): value is AnswerValue {
  if (value === null || (typeof value === 'number' && Number.isFinite(value))) return true;
  if (typeof value === 'string') return value.length <= MAX_TEXT;
  return Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item));
}

/** Answers to variables the definition has; values of the wrong kind are problems. */
export function previewAnswers(definition: QuestionnaireDefinition, answers: Record<string, unknown>): { answers: Answers; problems: ErrorDetail[] } {
  const known = new Set(answerFields(definition).map((field) => field.variable));
  const kept: Record<string, AnswerValue> = {};
  const problems: ErrorDetail[] = [];
  for (const [variable, value] of Object.entries(answers)) {
    if (!isAnswerValue(value)) problems.push({ path: `answers.${variable}`, message: 'Must be a number, a text, a list of numbers or null' });
    else if (known.has(variable)) kept[variable] = value;
  }
  return { answers: kept, problems };
}

/** A page's fields: every value a text or a list of texts, as a form post gives them. */
export function previewFormBody(form: Record<string, unknown>): { body: FormBody; problems: ErrorDetail[] } {
  const body: Record<string, string | string[]> = {};
  const problems: ErrorDetail[] = [];
  for (const [name, value] of Object.entries(form)) {
    if (typeof value === 'string' && value.length <= MAX_TEXT) body[name] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length <= MAX_TEXT)) body[name] = value as string[];
    else problems.push({ path: `form.${name}`, message: 'Must be a text or a list of texts, as a form sends them' });
  }
  return { body, problems };
}
