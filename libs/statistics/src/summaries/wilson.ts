import { assertCount } from '../cube/counts';
import { normalQuantile } from '../distributions/normal';
import { assertConfidenceLevel, DEFAULT_CONFIDENCE_LEVEL, Interval } from './interval';

/**
 * The Wilson score interval for a proportion of `successes` out of `n` (as proportions, 0–1).
 * Unlike the textbook p ± z·SE it stays inside [0, 1] and behaves at 0 and n. None for n = 0.
 */
export function wilsonInterval(successes: number, n: number, confidenceLevel = DEFAULT_CONFIDENCE_LEVEL): Interval | null {
  assertCount(successes, 'successes');
  assertCount(n, 'n');
  assertConfidenceLevel(confidenceLevel);
  if (successes > n) throw new RangeError(`successes (${successes}) cannot exceed n (${n})`);
  if (n === 0) return null;
  const z = normalQuantile((1 + confidenceLevel) / 2);
  const z2 = z * z;
  const proportion = successes / n;
  const shrink = 1 + z2 / n;
  const centre = (proportion + z2 / (2 * n)) / shrink;
  const halfWidth = (z / shrink) * Math.sqrt((proportion * (1 - proportion)) / n + z2 / (4 * n * n));
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: successes === n ? 1 : Math.min(1, centre + halfWidth),
  };
}
