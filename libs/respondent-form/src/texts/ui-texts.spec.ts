import { lix, type Language } from '@stemme/questionnaire';
import { ALL_UI_TEXT_KEYS, uiText } from './ui-texts';

const LANGUAGES: Language[] = ['nb', 'nn', 'en'];
const params = { page: 2, count: 5, max: 200, date: '31. mars 2025' };

describe('the words of the form', () => {
  it('has every text in bokmål, nynorsk and English', () => {
    for (const key of ALL_UI_TEXT_KEYS) for (const language of LANGUAGES) expect(uiText(key, language, params).trim()).not.toBe('');
  });

  it('translates rather than copies English into Norwegian', () => {
    const untranslated = ALL_UI_TEXT_KEYS.filter((key) => uiText(key, 'nb', params) === uiText(key, 'en', params) && uiText(key, 'en', params).length > 12);
    expect(untranslated).toEqual([]);
  });

  it.each(LANGUAGES)('keeps sentences short in %s: at most 14 words each', (language) => {
    const long = ALL_UI_TEXT_KEYS.flatMap((key) => uiText(key, language, params).split(/[.!?:]\s/)).filter((sentence) => sentence.split(/\s+/).length > 14);
    expect(long).toEqual([]);
  });

  it.each(LANGUAGES)('reads very easily in %s: LIX under 25 in all, under 40 for each sentence-length text', (language) => {
    const texts = ALL_UI_TEXT_KEYS.map((key) => uiText(key, language, params));
    expect(lix(texts.map((text) => (/[.!?:]$/.test(text) ? text : `${text}.`)).join(' ')).score).toBeLessThan(25);
    const hard = texts.filter((text) => lix(text).words >= 6 && lix(text).score >= 40);
    expect(hard).toEqual([]);
  });

  it('says "1 character", not "1 characters"', () => {
    expect(uiText('charactersLeft', 'en', { count: 1 })).toBe('You have 1 character left.');
    expect(uiText('charactersLeft', 'en', { count: 2 })).toBe('You have 2 characters left.');
  });
});
