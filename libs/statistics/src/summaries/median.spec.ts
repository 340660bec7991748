import { medianOfHistogram } from './median';

describe('medianOfHistogram', () => {
  it('takes the middle value of an odd number of values', () => {
    expect(medianOfHistogram({ 1: 2, 4: 1, 9: 2 })).toBe(4);
  });

  it('takes the mean of the two middle values of an even number of values', () => {
    expect(medianOfHistogram({ 2: 1, 3: 1, 10: 1, 40: 1 })).toBe(6.5);
    expect(medianOfHistogram({ 18: 3, 99: 3 })).toBe(58.5);
  });

  it('orders values numerically, not as text, including negative values', () => {
    expect(medianOfHistogram({ 100: 1, 9: 1, '-3': 1 })).toBe(9);
  });

  it('ignores bars of 0 and has no median for an empty histogram', () => {
    expect(medianOfHistogram({ 5: 0, 7: 1 })).toBe(7);
    expect(medianOfHistogram({})).toBeNull();
  });

  it('refuses values that are not whole numbers', () => {
    expect(() => medianOfHistogram({ 2.5: 1 })).toThrow(RangeError);
  });
});
