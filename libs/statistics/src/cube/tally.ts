import { assertCount } from './counts';

/** How many respondents gave each exact (whole-number) value, keyed by the value: `{ "18": 3, "19": 5 }`. */
export type Histogram = Readonly<Record<string, number>>;

/** Moments and exact values of a number question (or a scale) over the respondents who answered it. */
export interface ValueTally {
  readonly n: number;
  readonly sum: number;
  readonly sumOfSquares: number;
  readonly histogram: Histogram;
}

/**
 * What the count cube keeps for one variable in one cell. Every field adds up across cells, so
 * any breakdown is a sum of municipality × age band cells.
 */
export interface Tally {
  /** Respondents with a substantive answer: the base n of percents and means. */
  readonly answered: number;
  /** Respondents who chose the question's "don't know" code; kept out of the base. */
  readonly dontKnow: number;
  /** Respondents who did not answer or were not shown the question; kept out of the base. */
  readonly missing: number;
  /**
   * Respondents per option code, without "don't know". Multiple choice counts every option a
   * respondent ticked, so these may add up to more than `answered`.
   */
  readonly options: Readonly<Record<string, number>>;
  /** Number questions (and scales stored as numbers) only. */
  readonly values?: ValueTally;
}

export const EMPTY_TALLY: Tally = { answered: 0, dontKnow: 0, missing: 0, options: {} };

/** A mutable running sum of tallies; `add` is the only way in, so it stays a plain sum. */
export class TallyAccumulator {
  private answered = 0;
  private dontKnow = 0;
  private missing = 0;
  private readonly options: Record<string, number> = {};
  private values?: { n: number; sum: number; sumOfSquares: number; histogram: Record<string, number> };

  add(tally: Tally): this {
    assertCount(tally.answered, 'answered');
    assertCount(tally.dontKnow, 'dontKnow');
    assertCount(tally.missing, 'missing');
    this.answered += tally.answered;
    this.dontKnow += tally.dontKnow;
    this.missing += tally.missing;
    for (const [code, count] of Object.entries(tally.options)) {
      assertCount(count, `count of option ${code}`);
      this.options[code] = (this.options[code] ?? 0) + count;
    }
    if (tally.values) this.addValues(tally.values);
    return this;
  }

  result(): Tally {
    const tally = { answered: this.answered, dontKnow: this.dontKnow, missing: this.missing, options: { ...this.options } };
    return this.values ? { ...tally, values: { ...this.values, histogram: { ...this.values.histogram } } } : tally;
  }

  private addValues(values: ValueTally): void {
    assertCount(values.n, 'n');
    this.values ??= { n: 0, sum: 0, sumOfSquares: 0, histogram: {} };
    this.values.n += values.n;
    this.values.sum += values.sum;
    this.values.sumOfSquares += values.sumOfSquares;
    for (const [value, count] of Object.entries(values.histogram)) {
      assertCount(count, `histogram count of value ${value}`);
      this.values.histogram[value] = (this.values.histogram[value] ?? 0) + count;
    }
  }
}

export function sumTallies(tallies: Iterable<Tally>): Tally {
  const accumulator = new TallyAccumulator();
  for (const tally of tallies) accumulator.add(tally);
  return accumulator.result();
}

/**
 * The values of a scale (e.g. Likert 1–5) kept as option counts: each option's count becomes a
 * histogram bar at its score. "Don't know" is not an option in a tally, so it stays out of means.
 */
export function valuesFromOptions(options: Readonly<Record<string, number>>, scoreOf: Readonly<Record<string, number>>): ValueTally {
  const histogram: Record<string, number> = {};
  let n = 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (const [code, count] of Object.entries(options)) {
    const score = scoreOf[code];
    if (score === undefined) throw new RangeError(`Option ${code} has no score on the scale`);
    if (!Number.isInteger(score)) throw new RangeError(`The score of option ${code} must be a whole number, got ${score}`);
    assertCount(count, `count of option ${code}`);
    if (count === 0) continue;
    histogram[String(score)] = (histogram[String(score)] ?? 0) + count;
    n += count;
    sum += count * score;
    sumOfSquares += count * score * score;
  }
  return { n, sum, sumOfSquares, histogram };
}
