import { Tally, ValueTally, valuesFromOptions } from '../cube/tally';
import { studentTQuantile } from '../distributions/student-t';
import { assertConfidenceLevel, DEFAULT_CONFIDENCE_LEVEL, Interval } from './interval';
import { medianOfHistogram } from './median';

/** Figures for a number question or a scale. Absent figures are null: no mean for n = 0, no SD or interval for n = 1. */
export interface ValueSummary {
  readonly n: number;
  readonly mean: number | null;
  /** The sample standard deviation (divisor n − 1). */
  readonly standardDeviation: number | null;
  readonly median: number | null;
  /** Confidence interval for the mean, from Student's t with n − 1 degrees of freedom. */
  readonly meanInterval: Interval | null;
}

export function summarizeValues(values: ValueTally, confidenceLevel = DEFAULT_CONFIDENCE_LEVEL): ValueSummary {
  assertConfidenceLevel(confidenceLevel);
  const { n, sum, sumOfSquares } = values;
  const histogramTotal = Object.values(values.histogram).reduce((total, count) => total + count, 0);
  if (histogramTotal !== n) throw new RangeError(`The histogram counts ${histogramTotal} values but n is ${n}`);
  if (n === 0) return { n, mean: null, standardDeviation: null, median: null, meanInterval: null };
  const mean = sum / n;
  const median = medianOfHistogram(values.histogram);
  if (n === 1) return { n, mean, standardDeviation: null, median, meanInterval: null };
  // Rounding can leave a tiny negative sum of squared deviations when all values are equal.
  const standardDeviation = Math.sqrt(Math.max(0, (sumOfSquares - sum * mean) / (n - 1)));
  const halfWidth = studentTQuantile((1 + confidenceLevel) / 2, n - 1) * (standardDeviation / Math.sqrt(n));
  return { n, mean, standardDeviation, median, meanInterval: { lower: mean - halfWidth, upper: mean + halfWidth } };
}

/**
 * Mean, SD and median of a scale question kept as option counts (e.g. Likert 1–5), scoring each
 * option code. "Don't know" is never an option in a tally, so it never enters the mean.
 */
export function summarizeScale(tally: Tally, scoreOf: Readonly<Record<string, number>>, confidenceLevel = DEFAULT_CONFIDENCE_LEVEL): ValueSummary {
  return summarizeValues(valuesFromOptions(tally.options, scoreOf), confidenceLevel);
}
