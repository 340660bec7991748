import { normalCdf, normalQuantile } from './normal';
import { logGamma, regularizedIncompleteBeta } from './special-functions';

function assertDegreesOfFreedom(degreesOfFreedom: number): void {
  if (!(degreesOfFreedom > 0)) throw new RangeError(`Degrees of freedom must be above 0, got ${degreesOfFreedom}`);
}

/** P(T > t) for t ≥ 0, via P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2). */
function upperTail(t: number, degreesOfFreedom: number): number {
  const denominator = degreesOfFreedom + t * t;
  return 0.5 * regularizedIncompleteBeta(degreesOfFreedom / denominator, degreesOfFreedom / 2, 0.5, (t * t) / denominator);
}

function density(t: number, degreesOfFreedom: number): number {
  const v = degreesOfFreedom;
  const logNormalizer = logGamma((v + 1) / 2) - logGamma(v / 2) - 0.5 * Math.log(v * Math.PI);
  return Math.exp(logNormalizer - ((v + 1) / 2) * Math.log1p((t * t) / v));
}

/** P(T ≤ t) for Student's t with the given degrees of freedom (any ν > 0; Infinity gives the normal). */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  assertDegreesOfFreedom(degreesOfFreedom);
  if (degreesOfFreedom === Infinity) return normalCdf(t);
  const tail = upperTail(Math.abs(t), degreesOfFreedom);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The Cornish–Fisher expansion of the t quantile around the normal one: a start for Newton's
 * method, and the answer itself for very large ν, where its error is far below 1e-12.
 */
function cornishFisher(p: number, degreesOfFreedom: number): number {
  const z = normalQuantile(p);
  const v = degreesOfFreedom;
  const [z3, z5, z7, z9] = [z ** 3, z ** 5, z ** 7, z ** 9];
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + g1 / v + g2 / v ** 2 + g3 / v ** 3 + g4 / v ** 4;
}

// Above this, ln Γ differences of huge arguments lose digits; the expansion is exact enough.
const EXPANSION_DEGREES_OF_FREEDOM = 1e5;

/**
 * The p-quantile of Student's t distribution with ν degrees of freedom (ν > 0, not necessarily
 * whole; Infinity gives the normal quantile). Exact forms for ν = 1 and 2, the Cornish–Fisher
 * expansion above ν = 100 000; otherwise Newton's method on the upper tail from the expansion,
 * kept inside a bisection bracket.
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile needs 0 < p < 1, got ${p}`);
  assertDegreesOfFreedom(degreesOfFreedom);
  if (degreesOfFreedom === Infinity) return normalQuantile(p);
  if (p < 0.5) return -studentTQuantile(1 - p, degreesOfFreedom);
  if (p === 0.5) return 0;
  if (degreesOfFreedom === 1) return Math.tan(Math.PI * (p - 0.5));
  if (degreesOfFreedom === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  if (degreesOfFreedom > EXPANSION_DEGREES_OF_FREEDOM) return cornishFisher(p, degreesOfFreedom);
  return solveUpperTail(1 - p, degreesOfFreedom);
}

/** Finds t > 0 with P(T > t) = tail (tail < 1/2). */
function solveUpperTail(tail: number, degreesOfFreedom: number): number {
  let low = 0;
  let high = Math.max(1, cornishFisher(1 - tail, degreesOfFreedom));
  while (upperTail(high, degreesOfFreedom) > tail) {
    low = high;
    high *= 2;
  }
  let t = Math.min(Math.max(cornishFisher(1 - tail, degreesOfFreedom), low), high);
  for (let iteration = 0; iteration < 200; iteration += 1) {
    const excess = upperTail(t, degreesOfFreedom) - tail;
    if (excess > 0) low = t;
    else high = t;
    const newtonStep = excess / density(t, degreesOfFreedom);
    let next = t + newtonStep;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 1e-14 * Math.max(1, t)) return next;
    t = next;
  }
  return t;
}
