import { wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
  it('gives [0.4902, 0.9433] for 8 of 10 at 95 %', () => {
    const interval = wilsonInterval(8, 10);
    expect(interval?.lower).toBeCloseTo(0.4902, 4);
    expect(interval?.upper).toBeCloseTo(0.9433, 4);
  });

  it('matches a hand computation for 37 of 120', () => {
    // p = 0.30833, z = 1.95996: centre (p + z²/2n)/(1 + z²/n), half-width z/(1 + z²/n)·√(p(1−p)/n + z²/4n²).
    const interval = wilsonInterval(37, 120);
    expect(interval?.lower).toBeCloseTo(0.232727, 6);
    expect(interval?.upper).toBeCloseTo(0.39583, 5);
  });

  it('starts at 0 for no successes and ends at 1 for all successes', () => {
    expect(wilsonInterval(0, 10)).toEqual({ lower: 0, upper: expect.closeTo(0.27753, 5) });
    expect(wilsonInterval(10, 10)).toEqual({ lower: expect.closeTo(0.72247, 5), upper: 1 });
  });

  it('widens with the confidence level', () => {
    const at95 = wilsonInterval(30, 100, 0.95);
    const at99 = wilsonInterval(30, 100, 0.99);
    expect(at99?.lower).toBeLessThan(at95?.lower as number);
    expect(at99?.upper).toBeGreaterThan(at95?.upper as number);
  });

  it('has no interval for n = 0', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('refuses more successes than trials and confidence levels outside (0, 1)', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 1)).toThrow(RangeError);
  });
});
