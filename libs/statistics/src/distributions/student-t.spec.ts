import { studentTCdf, studentTQuantile } from './student-t';

// Reference values: printed t tables (12.7062, 4.3027, …) to more digits, as given by R's qt()
// and SciPy's t.ppf.
const TWO_SIDED_95 = [
  [1, 12.706204736174694],
  [2, 4.302652729749462],
  [5, 2.5705818356363146],
  [10, 2.228138851986274],
  [30, 2.0422724563012378],
  [100, 1.9839715185235518],
  [Infinity, 1.959963984540054],
] as const;

describe('studentTQuantile', () => {
  it.each(TWO_SIDED_95)('gives the 97.5 %% quantile for %p degrees of freedom to within 1e-6', (degreesOfFreedom, expected) => {
    expect(Math.abs(studentTQuantile(0.975, degreesOfFreedom) - expected)).toBeLessThan(1e-6);
  });

  it('agrees with the printed table to its four decimals', () => {
    const printed = [12.7062, 4.3027, 2.5706, 2.2281, 2.0423, 1.984, 1.95996];
    TWO_SIDED_95.forEach(([degreesOfFreedom], index) => expect(studentTQuantile(0.975, degreesOfFreedom)).toBeCloseTo(printed[index], 4));
  });

  it.each([
    [0.995, 3, 5.840909309733355],
    [0.995, 10, 3.16927267261695],
    [0.9, 3, 1.637744353696209],
    [0.9, 1000, 1.2823987214609247],
    [0.975, 3, 3.1824463052837078],
  ])('gives other quantiles too: p = %p with %p degrees of freedom', (p, degreesOfFreedom, expected) => {
    expect(Math.abs(studentTQuantile(p, degreesOfFreedom) - expected)).toBeLessThan(1e-9);
  });

  it('accepts degrees of freedom that are not whole numbers', () => {
    expect(studentTQuantile(0.975, 0.5)).toBeCloseTo(164.55767348048818, 6);
    expect(studentTQuantile(0.975, 2.5)).toBeCloseTo(3.5746548420036817, 9);
  });

  it('approaches the normal quantile for very many degrees of freedom', () => {
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964221767205, 9);
    expect(studentTQuantile(0.975, 1e9)).toBeCloseTo(1.959963986912325, 9);
  });

  it('is symmetric around zero and zero at the median', () => {
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-studentTQuantile(0.975, 7), 12);
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(1e-6, 4)).toBeCloseTo(-41.577854150450975, 6);
  });

  it('inverts the distribution function', () => {
    for (const degreesOfFreedom of [1, 3, 4, 17, 250]) {
      for (const p of [0.001, 0.1, 0.6, 0.9, 0.999]) expect(studentTCdf(studentTQuantile(p, degreesOfFreedom), degreesOfFreedom)).toBeCloseTo(p, 12);
    }
  });

  it('refuses probabilities outside (0, 1) and degrees of freedom of 0 or less', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });
});

describe('studentTCdf', () => {
  it('gives known probabilities', () => {
    expect(studentTCdf(2, 7)).toBeCloseTo(0.957190335718512, 12);
    expect(studentTCdf(0, 3)).toBe(0.5);
    expect(studentTCdf(-1, 1)).toBeCloseTo(0.25, 12);
  });
});
