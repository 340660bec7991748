const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0, by the Lanczos approximation (about 15 significant digits). */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let index = 1; index < LANCZOS_COEFFICIENTS.length; index += 1) series += LANCZOS_COEFFICIENTS[index] / (shifted + index);
  const t = shifted + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

const TINY = 1e-300;
const EPSILON = 1e-15;
const MAX_ITERATIONS = 100_000;

/**
 * Evaluates the continued fraction b0 + a1/(b1 + a2/(b2 + …)) by the modified Lentz method,
 * given the partial numerators and denominators as functions of their index (from 1).
 */
function continuedFraction(first: number, numerator: (index: number) => number, denominator: (index: number) => number): number {
  let value = first === 0 ? TINY : first;
  let c = value;
  let d = 0;
  for (let index = 1; index <= MAX_ITERATIONS; index += 1) {
    d = denominator(index) + numerator(index) * d;
    d = Math.abs(d) < TINY ? TINY : d;
    c = denominator(index) + numerator(index) / c;
    c = Math.abs(c) < TINY ? TINY : c;
    d = 1 / d;
    const delta = c * d;
    value *= delta;
    if (Math.abs(delta - 1) < EPSILON) return value;
  }
  throw new Error('Continued fraction did not converge');
}

/**
 * I_x(a, b), the regularized incomplete beta function, for 0 ≤ x ≤ 1 and a, b > 0. Pass 1 − x
 * as well when it is known more precisely than by subtraction (x close to 1).
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, oneMinusX = 1 - x): number {
  if (!(x >= 0 && x <= 1)) throw new RangeError(`regularizedIncompleteBeta needs 0 ≤ x ≤ 1, got ${x}`);
  if (x === 0 || x === 1) return x;
  // The fraction converges fast only below the mean; above it use I_x(a,b) = 1 − I_{1−x}(b,a).
  if (x > (a + 1) / (a + b + 2)) return 1 - regularizedIncompleteBeta(oneMinusX, b, a, x);
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(oneMinusX);
  const fraction = continuedFraction(
    1,
    (index) => {
      const m = Math.floor(index / 2);
      return index % 2 === 0 ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) : -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    },
    () => 1,
  );
  return Math.exp(logFront) / a / fraction;
}

/** Q(a, x) = Γ(a, x) / Γ(a), the regularized upper incomplete gamma function, for a > 0 and x ≥ 0. */
export function regularizedUpperGamma(a: number, x: number): number {
  if (!(x >= 0) || !(a > 0)) throw new RangeError(`regularizedUpperGamma needs a > 0 and x ≥ 0, got a=${a}, x=${x}`);
  if (x === 0) return 1;
  const logFront = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let series = term;
    for (let index = 1; index <= MAX_ITERATIONS && Math.abs(term) > Math.abs(series) * EPSILON; index += 1) {
      term *= x / (a + index);
      series += term;
    }
    return 1 - series * Math.exp(logFront);
  }
  const fraction = continuedFraction(
    0,
    (index) => (index === 1 ? 1 : -(index - 1) * (index - 1 - a)),
    (index) => x + 2 * index - 1 - a,
  );
  return Math.exp(logFront) * fraction;
}
