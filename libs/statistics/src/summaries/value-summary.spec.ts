import { summarizeScale, summarizeValues } from './value-summary';
import { valuesFromOptions } from '../cube/tally';

const tallyOf = (values: number[]) => {
  const histogram: Record<string, number> = {};
  for (const value of values) histogram[value] = (histogram[value] ?? 0) + 1;
  return { n: values.length, sum: values.reduce((a, b) => a + b, 0), sumOfSquares: values.reduce((a, b) => a + b * b, 0), histogram };
};

describe('summarizeValues', () => {
  it('gives the mean, sample SD, median and t interval of a small sample', () => {
    // 11 values: mean 6, Σ(x − 6)² = 110, SD = √(110/10) = √11, t(0.975, 10) = 2.228138852.
    const summary = summarizeValues(tallyOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect(summary.n).toBe(11);
    expect(summary.mean).toBe(6);
    expect(summary.standardDeviation).toBeCloseTo(Math.sqrt(11), 12);
    expect(summary.median).toBe(6);
    const standardError = Math.sqrt(11) / Math.sqrt(11);
    const halfWidth = 2.228138851986274 * standardError;
    expect(summary.meanInterval?.lower).toBeCloseTo(6 - halfWidth, 9);
    expect(summary.meanInterval?.upper).toBeCloseTo(6 + halfWidth, 9);
  });

  it('has no figures for n = 0', () => {
    expect(summarizeValues(tallyOf([]))).toEqual({ n: 0, mean: null, standardDeviation: null, median: null, meanInterval: null });
  });

  it('has a mean and median but no SD or interval for n = 1', () => {
    expect(summarizeValues(tallyOf([42]))).toEqual({ n: 1, mean: 42, standardDeviation: null, median: 42, meanInterval: null });
  });

  it('gives SD 0 and an interval of width 0 when all values are equal', () => {
    const summary = summarizeValues(tallyOf(Array.from({ length: 1000 }, () => 77)));
    expect(summary.standardDeviation).toBe(0);
    expect(summary.meanInterval).toEqual({ lower: 77, upper: 77 });
  });

  it('takes the mean of the two middle values as the median of an even number', () => {
    expect(summarizeValues(tallyOf([18, 20, 30, 99])).median).toBe(25);
  });

  it('refuses a histogram that does not count n values', () => {
    expect(() => summarizeValues({ n: 3, sum: 6, sumOfSquares: 14, histogram: { 1: 1, 2: 1 } })).toThrow(RangeError);
  });
});

describe('summarizeScale', () => {
  it("scores the options and leaves don't know out of the mean", () => {
    const summary = summarizeScale({ answered: 4, dontKnow: 7, missing: 2, options: { 1: 1, 5: 3 } }, { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 });
    expect(summary.n).toBe(4);
    expect(summary.mean).toBe(4);
    expect(summary.median).toBe(5);
  });

  it('refuses an option that has no score', () => {
    expect(() => valuesFromOptions({ 9: 1 }, { 1: 1 })).toThrow(/Option 9 has no score/);
  });
});
