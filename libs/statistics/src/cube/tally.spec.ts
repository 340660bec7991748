import { sumTallies, valuesFromOptions } from './tally';

describe('sumTallies', () => {
  it('adds every count, option, moment and histogram bar', () => {
    const sum = sumTallies([
      { answered: 2, dontKnow: 1, missing: 0, options: { a: 2 }, values: { n: 2, sum: 7, sumOfSquares: 25, histogram: { 3: 1, 4: 1 } } },
      { answered: 1, dontKnow: 0, missing: 4, options: { a: 1, b: 1 }, values: { n: 1, sum: 4, sumOfSquares: 16, histogram: { 4: 1 } } },
    ]);
    expect(sum).toEqual({ answered: 3, dontKnow: 1, missing: 4, options: { a: 3, b: 1 }, values: { n: 3, sum: 11, sumOfSquares: 41, histogram: { 3: 1, 4: 2 } } });
  });

  it('gives an empty tally for nothing, without values', () => {
    expect(sumTallies([])).toEqual({ answered: 0, dontKnow: 0, missing: 0, options: {} });
  });

  it('refuses negative and fractional counts', () => {
    expect(() => sumTallies([{ answered: -1, dontKnow: 0, missing: 0, options: {} }])).toThrow(RangeError);
    expect(() => sumTallies([{ answered: 1, dontKnow: 0, missing: 0, options: { a: 0.5 } }])).toThrow(RangeError);
  });
});

describe('valuesFromOptions', () => {
  it('turns option counts into a histogram at each option\u2019s score', () => {
    expect(valuesFromOptions({ 1: 2, 5: 1, 3: 0 }, { 1: 1, 3: 3, 5: 5 })).toEqual({ n: 3, sum: 7, sumOfSquares: 27, histogram: { 1: 2, 5: 1 } });
  });
});
