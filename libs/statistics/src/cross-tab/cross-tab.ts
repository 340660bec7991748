import { assertCount } from '../cube/counts';
import { LocalizedText, disclosureFootnote } from '../disclosure/footnotes';
import { protectFrequencyTable } from '../disclosure/protect-frequency-table';
import { isSuppressed, PublishedValue } from '../disclosure/published-value';
import { DEFAULT_THRESHOLD } from '../disclosure/threshold';

/** How many respondents gave `answer` to the question and `background` to the background question. */
export interface AnswerPair {
  readonly answer: string;
  readonly background: string;
  readonly count: number;
}

export interface CrossTabOptions {
  /** The question's substantive options, in order; "don't know" and missing answers are not counted. */
  readonly answerCodes: readonly string[];
  /** The background question's options (e.g. genders), in order; one row each. */
  readonly backgroundCodes: readonly string[];
  readonly threshold?: number;
  readonly suppressSmallCounts?: boolean;
}

export interface CrossTabRow {
  /** Respondents in the row who answered both questions: the base of the row percents. */
  readonly base: PublishedValue;
  readonly counts: readonly PublishedValue[];
  /** Percent of the row's base (0–100); null where the base is 0. */
  readonly percents: readonly PublishedValue<number | null>[];
}

export interface CrossTab {
  readonly answerCodes: readonly string[];
  readonly backgroundCodes: readonly string[];
  /** One row per background code, in order. */
  readonly rows: readonly CrossTabRow[];
  /** Everyone who answered both questions. */
  readonly total: CrossTabRow;
  readonly footnote: LocalizedText;
}

/**
 * A single-choice (or Likert) question against a background question, from pair counts: a row
 * per background group with counts and row percents, and a total row. Each background group is
 * a group under the disclosure rules (see `protectFrequencyTable`).
 */
export function crossTab(pairs: Iterable<AnswerPair>, options: CrossTabOptions): CrossTab {
  const { answerCodes, backgroundCodes } = options;
  const counts = backgroundCodes.map(() => answerCodes.map(() => 0));
  for (const pair of pairs) {
    assertCount(pair.count, `count of ${pair.background} × ${pair.answer}`);
    const row = backgroundCodes.indexOf(pair.background);
    const column = answerCodes.indexOf(pair.answer);
    if (row < 0) throw new RangeError(`Background code ${pair.background} is not among the background codes`);
    if (column < 0) throw new RangeError(`Answer code ${pair.answer} is not among the answer codes`);
    counts[row][column] += pair.count;
  }
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const protectedTable = protectFrequencyTable(
    { rowKeys: backgroundCodes, columnKeys: answerCodes, counts },
    { threshold, suppressSmallCounts: options.suppressSmallCounts },
  );
  const { cells, columnTotals, grandTotal } = protectedTable.counts;
  const rowOf = (base: PublishedValue, rowCounts: readonly PublishedValue[]): CrossTabRow => ({
    base,
    counts: rowCounts,
    percents: rowCounts.map((count) => percentOf(count, base)),
  });
  return {
    answerCodes,
    backgroundCodes,
    rows: backgroundCodes.map((_, row) => rowOf(protectedTable.bases.rows[row], cells[row])),
    total: rowOf(grandTotal ?? protectedTable.bases.national, columnTotals ?? []),
    footnote: disclosureFootnote({ threshold, suppressSmallCounts: options.suppressSmallCounts }),
  };
}

function percentOf(count: PublishedValue, base: PublishedValue): PublishedValue<number | null> {
  if (isSuppressed(count)) return count;
  if (isSuppressed(base)) return base;
  return { value: base.value === 0 ? null : (100 * count.value) / base.value };
}
