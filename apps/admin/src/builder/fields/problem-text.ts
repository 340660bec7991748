import type { PathProblem } from '@questionnaire/browser';
import { dictionary, type MessageKey } from '../../i18n/dictionary';
import type { Translate, UiLanguage } from '../../i18n/i18n';

/**
 * The API words its problems in English for designers. In Norwegian each known code gets a plain
 * sentence of its own; an unknown code falls back to the API's words.
 */
export function problemText(problem: PathProblem, t: Translate, language: UiLanguage): string {
  const key = `problem.${problem.code}`;
  if (language === 'en' || !(key in dictionary)) return problem.message;
  return t(key as MessageKey);
}
