import { type Language, type Question, questionReadability } from '@questionnaire/browser';
import { useI18n } from '../../i18n/i18n';

const LONG_WORDS_SHOWN = 3;

/**
 * LIX as plain advice beside the question text: easy, or hard with the long words to replace.
 * Computed in the browser with the same core the API uses, so it follows every keystroke.
 */
export function ReadabilityHint({ question, language }: { question: Question; language: Language }) {
  const { t } = useI18n();
  if (!question.text[language]?.trim()) return null;
  const result = questionReadability(question, '', language);
  const score = Math.round(result.score);
  const words = result.longWords.slice(0, LONG_WORDS_SHOWN).map((word) => `«${word}»`).join(', ');
  let text: string;
  let tone: 'easy' | 'medium' | 'hard';
  if (result.category === 'very_easy' || result.category === 'easy') {
    text = t('lix.easy', { score });
    tone = 'easy';
  } else if (result.category === 'medium') {
    text = words ? t('lix.mediumWords', { score, words }) : t('lix.medium', { score });
    tone = 'medium';
  } else {
    text = words ? t('lix.hardWords', { score, words }) : t('lix.hard', { score });
    tone = 'hard';
  }
  return <p className={`lix lix-${tone}`}>{text}</p>;
}
