import { normalCdf, normalQuantile } from './normal';

describe('normalQuantile', () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.3, -0.5244005127080409],
    [1e-10, -6.361340902404056],
  ])('gives the %p quantile to full precision', (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 12);
  });

  it('inverts the distribution function', () => {
    for (const z of [-5, -1.5, 0.2, 3]) expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 10);
  });

  it('refuses probabilities of 0 and 1', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});
