import { Tally } from '../cube/tally';
import { assertConfidenceLevel, DEFAULT_CONFIDENCE_LEVEL, Interval } from './interval';
import { wilsonInterval } from './wilson';

export interface OptionFigures {
  readonly code: string;
  readonly count: number;
  /** Percent of the base (0–100); none when the base is 0. */
  readonly percent: number | null;
  /** Wilson score interval of the percent, in percent. */
  readonly percentInterval: Interval | null;
}

/** Figures for a choice question; "don't know" and missing are counted but kept out of the base. */
export interface ChoiceSummary {
  readonly base: number;
  readonly dontKnow: number;
  readonly missing: number;
  readonly options: readonly OptionFigures[];
}

/**
 * Counts and percents per option, in the order of `optionCodes` (the question's options, so that
 * options nobody chose are listed with 0). Multiple choice percents may add up to more than 100.
 */
export function summarizeChoices(tally: Tally, optionCodes: readonly string[], confidenceLevel = DEFAULT_CONFIDENCE_LEVEL): ChoiceSummary {
  assertConfidenceLevel(confidenceLevel);
  const unknownCodes = Object.keys(tally.options).filter((code) => !optionCodes.includes(code));
  if (unknownCodes.length > 0) throw new RangeError(`The tally counts options the question does not have: ${unknownCodes.join(', ')}`);
  const base = tally.answered;
  const options = optionCodes.map((code) => {
    const count = tally.options[code] ?? 0;
    if (count > base) throw new RangeError(`Option ${code} is counted ${count} times but only ${base} answered`);
    const interval = wilsonInterval(count, base, confidenceLevel);
    return {
      code,
      count,
      percent: base === 0 ? null : (100 * count) / base,
      percentInterval: interval && { lower: 100 * interval.lower, upper: 100 * interval.upper },
    };
  });
  return { base, dontKnow: tally.dontKnow, missing: tally.missing, options };
}
