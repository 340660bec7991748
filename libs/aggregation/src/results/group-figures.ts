import {
  type Interval,
  isSuppressed,
  publishFigure,
  type PublishedValue,
  summarizeChoices,
  type Suppressed,
  summarizeValues,
  type Tally,
  type ValueSummary,
  valuesFromOptions,
} from '@stemme/statistics';
import { ANSWERED_KEY, SINGLE_SLOT_KEY, type StatisticQuestion } from './question-catalogue';

/** Respondents per slot key and stored value, for one group. */
export type GroupCounts = Map<number, Map<number, number>>;

export interface OptionFigures {
  code: number;
  count: PublishedValue;
  /** Percent of the base (0–100); null when the base is 0. */
  percent: PublishedValue<number | null>;
  /** Wilson interval of the percent, in percent. */
  interval: PublishedValue<Interval | null>;
}

/** Every figure of one group, each shown or hidden with the group (libs/statistics `publishFigure`). */
export interface GroupFigures {
  respondents: PublishedValue;
  /** Respondents with a substantive answer: the base of percents and means. */
  base: PublishedValue;
  /** Null when the question has no "don't know". */
  dontKnow: PublishedValue | null;
  /** Not answered, or not asked (a condition hid the question, or the version did not have it). */
  missing: PublishedValue;
  options?: OptionFigures[];
  /** Mean, SD, median and 95 % interval of the scale's points (without "don't know") or of the numbers. */
  summary?: PublishedValue<ValueSummary>;
}

/** The cube's counts of one group as a libs/statistics tally. */
export function tallyOf(question: StatisticQuestion, respondents: number, counts: GroupCounts): Tally {
  const single = counts.get(SINGLE_SLOT_KEY) ?? new Map<number, number>();
  const options: Record<string, number> = {};
  let answered = 0;
  let dontKnow = 0;
  if (question.kind === 'multiple') {
    for (const option of question.options) options[option.code] = counts.get(option.code)?.get(1) ?? 0;
    const anyAnswer = counts.get(ANSWERED_KEY);
    answered = (anyAnswer?.get(0) ?? 0) + (anyAnswer?.get(1) ?? 0);
  } else if (question.kind === 'number') {
    const histogram: Record<string, number> = {};
    let sum = 0;
    let sumOfSquares = 0;
    for (const [value, n] of single) {
      histogram[value] = n;
      answered += n;
      sum += value * n;
      sumOfSquares += value * value * n;
    }
    return { answered, dontKnow: 0, missing: Math.max(0, respondents - answered), options: {}, values: { n: answered, sum, sumOfSquares, histogram } };
  } else {
    const codes = new Set(question.options.map((option) => option.code));
    for (const [value, n] of single) {
      if (question.dontKnow && value === question.dontKnow.code) dontKnow += n;
      else if (codes.has(value)) {
        options[value] = n;
        answered += n;
      }
    }
  }
  return { answered, dontKnow, missing: Math.max(0, respondents - answered - dontKnow), options };
}

/** Figures of one group; `published` is the group's size as the group table protected it. */
export function groupFigures(question: StatisticQuestion, published: PublishedValue, tally: Tally): GroupFigures {
  if (isSuppressed(published)) return hiddenFigures(question, published);
  const show = <T>(figure: T): PublishedValue<T> => publishFigure(published, figure);
  const figures: GroupFigures = {
    respondents: published,
    base: show(tally.answered),
    dontKnow: question.dontKnow ? show(tally.dontKnow) : null,
    missing: show(tally.missing),
  };
  if (question.kind !== 'number') {
    const choices = summarizeChoices(tally, question.options.map((option) => String(option.code)));
    figures.options = choices.options.map((option) => ({
      code: Number(option.code),
      count: show(option.count),
      percent: show(option.percent),
      interval: show(option.percentInterval),
    }));
  }
  if (question.kind === 'scale') {
    const scores = Object.fromEntries(question.options.map((option) => [String(option.code), option.code]));
    figures.summary = show(summarizeValues(valuesFromOptions(tally.options, scores)));
  }
  if (question.kind === 'number') figures.summary = show(scaled(summarizeValues(tally.values!), question.decimal ? 100 : 1));
  return figures;
}

/** A hidden group: every figure hidden the same way, with nothing computed. */
function hiddenFigures(question: StatisticQuestion, hidden: Suppressed): GroupFigures {
  return {
    respondents: hidden,
    base: hidden,
    dontKnow: question.dontKnow ? hidden : null,
    missing: hidden,
    ...(question.kind === 'number' ? {} : { options: question.options.map((option) => ({ code: option.code, count: hidden, percent: hidden, interval: hidden })) }),
    ...(question.kind === 'scale' || question.kind === 'number' ? { summary: hidden } : {}),
  };
}

/** Decimal answers are stored × 100: every figure of the summary scales back the same way. */
function scaled(summary: ValueSummary, divisor: number): ValueSummary {
  if (divisor === 1) return summary;
  const by = (value: number | null) => (value === null ? null : value / divisor);
  return {
    n: summary.n,
    mean: by(summary.mean),
    standardDeviation: by(summary.standardDeviation),
    median: by(summary.median),
    meanInterval: summary.meanInterval && { lower: summary.meanInterval.lower / divisor, upper: summary.meanInterval.upper / divisor },
  };
}
