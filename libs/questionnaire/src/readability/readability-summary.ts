/**
 * How easy the questionnaire is to read, per question and overall, to help designers write plain
 * language. A question's text is its wording, help and matrix items (each item a sentence of its
 * own); option labels are fragments, not sentences, so they only contribute their long words.
 */
import type { Language, Question, QuestionnaireDefinition } from '../definition/types';
import { lix, lixScore } from './lix';

export type ReadabilityCategory = 'very_easy' | 'easy' | 'medium' | 'hard' | 'very_hard';

export interface QuestionReadability {
  variable: string;
  pageId: string;
  score: number;
  category: ReadabilityCategory;
  words: number;
  sentences: number;
  /** Each long word once, in order of appearance. */
  longWords: string[];
  longWordsInOptions: string[];
}

export interface ReadabilitySummary {
  language: Language;
  questions: QuestionReadability[];
  mean: number;
  median: number;
  category: ReadabilityCategory;
  /** The hardest questions, hardest first. */
  hardest: QuestionReadability[];
}

const HARDEST_COUNT = 3;

/** Björnsson's bands: under 30 very easy (children's books) ... 60 and over very hard. */
export function readabilityCategory(score: number): ReadabilityCategory {
  if (score < 30) return 'very_easy';
  if (score < 40) return 'easy';
  if (score < 50) return 'medium';
  if (score < 60) return 'hard';
  return 'very_hard';
}

/** Questions without a text in `language` are left out. */
export function readabilitySummary(definition: QuestionnaireDefinition, language: Language): ReadabilitySummary {
  const questions = definition.pages.flatMap((page) =>
    page.questions.filter((question) => question.text[language]?.trim()).map((question) => questionReadability(question, page.id, language)),
  );
  const scores = questions.map((question) => question.score);
  const mean = scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return {
    language,
    questions,
    mean,
    median: median(scores),
    category: readabilityCategory(mean),
    hardest: [...questions].sort((a, b) => b.score - a.score).slice(0, HARDEST_COUNT),
  };
}

export function questionReadability(question: Question, pageId: string, language: Language): QuestionReadability {
  const parts = [question.text[language], question.help?.[language], ...(question.type === 'matrix' ? question.items.map((item) => item.text[language]) : [])];
  const results = parts.filter((part): part is string => Boolean(part?.trim())).map(lix);
  const words = results.reduce((sum, result) => sum + result.words, 0);
  const sentences = results.reduce((sum, result) => sum + result.sentences, 0);
  const longWords = results.flatMap((result) => result.longWords);
  const score = lixScore(words, sentences, longWords.length);
  const labels = question.type === 'single_choice' || question.type === 'multiple_choice' ? question.options.map((option) => option.label[language] ?? '') : [];
  return {
    variable: question.variable,
    pageId,
    score,
    category: readabilityCategory(score),
    words,
    sentences,
    longWords: unique(longWords),
    longWordsInOptions: unique(labels.flatMap((label) => lix(label).longWords)),
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
