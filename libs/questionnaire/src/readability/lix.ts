/**
 * LIX readability (Björnsson): words per sentence + 100 × long words / words, where a long word
 * has more than 6 letters. Browser-safe.
 *
 * - A word is a run of letters and digits; hyphens and apostrophes join parts ("KoRus-rapporten"),
 *   as do points and commas between digits ("3,5") and points inside abbreviations ("f.eks").
 *   Numbers are words, but only letters make a word long.
 * - A sentence ends at `.`, `!`, `?` or `:` (a run such as "?!" or "..." ends one sentence),
 *   except the point after a known abbreviation. Words after the last end make one more sentence,
 *   so a text without any end is one sentence.
 */
export interface LixResult {
  score: number;
  words: number;
  sentences: number;
  /** Every long word as written, repeats included. */
  longWords: string[];
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|\.(?=[\p{L}\p{N}])[\p{L}\p{N}]+|[.,:](?=\p{N})\p{N}+)*|[.!?:]+/gu;
const LETTER = /\p{L}/gu;
const LONG_WORD_LETTERS = 6;

/** Abbreviations written with a single final point, in lower case without it. */
const ABBREVIATIONS = new Set([
  'ca', 'nr', 'kl', 'dvs', 'osv', 'mv', 'evt', 'ev', 'inkl', 'ekskl', 'pga', 'jf', 'jfr', 'mht', 'vha', 'iflg', 'ifm', 'tlf', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'fig', 'pkt', 'kap', 'ref', 'st',
]);

export function lix(text: string): LixResult {
  let words = 0;
  let sentences = 0;
  let wordsSinceSentenceEnd = false;
  let previousWord = '';
  const longWords: string[] = [];

  for (const [token] of text.matchAll(TOKEN)) {
    if (/^[.!?:]+$/.test(token)) {
      if (wordsSinceSentenceEnd && !(token === '.' && isAbbreviation(previousWord))) {
        sentences++;
        wordsSinceSentenceEnd = false;
      }
      continue;
    }
    words++;
    wordsSinceSentenceEnd = true;
    previousWord = token;
    if ((token.match(LETTER)?.length ?? 0) > LONG_WORD_LETTERS) longWords.push(token);
  }
  if (wordsSinceSentenceEnd) sentences++;
  return { score: lixScore(words, sentences, longWords.length), words, sentences, longWords };
}

export function lixScore(words: number, sentences: number, longWords: number): number {
  return words === 0 ? 0 : words / sentences + (100 * longWords) / words;
}

/** "f.eks", "bl.a", "e.g" carry inner points; the rest are in the list. */
function isAbbreviation(word: string): boolean {
  return /\p{L}\.\p{L}/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}
