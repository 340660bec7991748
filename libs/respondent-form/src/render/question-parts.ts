/** Pieces every question shares: ids, the question text, help and the error message. */
import type { AnswerValue, Answers, Language, Texts } from '@stemme/questionnaire';
import { html, type SafeHtml } from '../html/html';
import { problemFor, type FieldProblems } from '../post/form-fields';
import { textIn } from '../texts/localize';
import { uiText } from '../texts/ui-texts';

export interface MunicipalityOption {
  code: string;
  name: string;
  countyName: string;
}

export interface QuestionContext {
  language: Language;
  answers: Answers;
  problems: FieldProblems;
  rawText: Readonly<Record<string, string>>;
  municipalities?: readonly MunicipalityOption[];
}

/** The field's first input: what the error summary links to. */
export const fieldId = (variable: string): string => `q-${variable}`;
export const optionId = (variable: string, code: number, index: number): string => (index === 0 ? fieldId(variable) : `q-${variable}-${code}`);
export const helpId = (variable: string): string => `q-${variable}-help`;
export const hintId = (variable: string): string => `q-${variable}-hint`;
export const errorId = (variable: string): string => `q-${variable}-error`;
export const textId = (variable: string): string => `q-${variable}-text`;

export function questionText(text: Texts, required: boolean | undefined, language: Language): SafeHtml {
  return html`${textIn(text, language)}${required ? html` <span class="required">${uiText('required', language)}</span>` : ''}`;
}

export function helpText(variable: string, help: Texts | undefined, language: Language): SafeHtml | '' {
  return help ? html`<p class="hint" id="${helpId(variable)}">${textIn(help, language)}</p>` : '';
}

export function errorMessage(variable: string, context: QuestionContext): SafeHtml | '' {
  const message = problemFor(context.problems, variable);
  return message === undefined
    ? ''
    : html`<p class="error-message" id="${errorId(variable)}"><span class="error-prefix">${uiText('errorPrefix', context.language)}</span> ${message}</p>`;
}

export function hasProblem(variable: string, context: QuestionContext): boolean {
  return problemFor(context.problems, variable) !== undefined;
}

/** Norwegian writes decimals with a comma. */
export function displayValue(value: AnswerValue | undefined, language: Language): string {
  if (typeof value === 'number') return language === 'en' ? String(value) : String(value).replace('.', ',');
  return typeof value === 'string' ? value : '';
}

/** What the field shows: the text as typed when it could not be read, else the saved answer. */
export function shownText(variable: string, context: QuestionContext): string {
  return Object.prototype.hasOwnProperty.call(context.rawText, variable) ? context.rawText[variable] : displayValue(context.answers[variable], context.language);
}
