import { assertCount } from '../cube/counts';
import { Histogram } from '../cube/tally';

/**
 * The median of the values a histogram counts; for an even number of values, the mean of the
 * two middle ones. None for an empty histogram.
 */
export function medianOfHistogram(histogram: Histogram): number | null {
  const bars = Object.entries(histogram)
    .map(([value, count]) => {
      const numeric = Number(value);
      if (!Number.isInteger(numeric)) throw new RangeError(`Histogram values must be whole numbers, got "${value}"`);
      assertCount(count, `histogram count of value ${value}`);
      return { value: numeric, count };
    })
    .filter(({ count }) => count > 0)
    .sort((a, b) => a.value - b.value);
  const n = bars.reduce((total, { count }) => total + count, 0);
  if (n === 0) return null;
  const valueAt = (position: number): number => {
    let seen = 0;
    for (const { value, count } of bars) {
      seen += count;
      if (seen >= position) return value;
    }
    throw new Error('unreachable: position beyond the histogram');
  };
  return n % 2 === 1 ? valueAt((n + 1) / 2) : (valueAt(n / 2) + valueAt(n / 2 + 1)) / 2;
}
