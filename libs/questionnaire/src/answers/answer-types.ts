/**
 * A respondent's answers keyed by variable: a code or number, a list of codes (multiple choice),
 * a string (text, municipality number, ISO date), or null for an explicitly empty answer.
 */
export type AnswerValue = number | readonly number[] | string | null;
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** Empty strings, blank text, empty selections and non-finite numbers count as unanswered. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.trim() !== '';
  return Array.isArray(value) && value.length > 0;
}
