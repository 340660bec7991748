import type { Texts } from '@questionnaire/browser';

/** A text in the language asked for, else bokmål, else whatever there is. */
export function textIn(texts: Texts | undefined, language: 'nb' | 'en'): string {
  if (!texts) return '';
  return texts[language] ?? texts.nb ?? Object.values(texts).find(Boolean) ?? '';
}
