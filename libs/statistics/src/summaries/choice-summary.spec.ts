import { summarizeChoices } from './choice-summary';

describe('summarizeChoices', () => {
  it("gives count, percent and Wilson interval per option of the base, in the question's order", () => {
    const summary = summarizeChoices({ answered: 10, dontKnow: 3, missing: 5, options: { yes: 8, no: 2 } }, ['no', 'yes', 'maybe']);
    expect(summary.base).toBe(10);
    expect(summary.dontKnow).toBe(3);
    expect(summary.missing).toBe(5);
    expect(summary.options.map((option) => [option.code, option.count, option.percent])).toEqual([
      ['no', 2, 20],
      ['yes', 8, 80],
      ['maybe', 0, 0],
    ]);
    expect(summary.options[1].percentInterval?.lower).toBeCloseTo(49.02, 2);
    expect(summary.options[1].percentInterval?.upper).toBeCloseTo(94.33, 2);
  });

  it('lets multiple-choice percents add up to more than 100', () => {
    const summary = summarizeChoices({ answered: 4, dontKnow: 0, missing: 0, options: { a: 4, b: 3 } }, ['a', 'b']);
    expect(summary.options.map((option) => option.percent)).toEqual([100, 75]);
  });

  it('has no percents when nobody answered', () => {
    const summary = summarizeChoices({ answered: 0, dontKnow: 2, missing: 9, options: {} }, ['a']);
    expect(summary.options[0]).toEqual({ code: 'a', count: 0, percent: null, percentInterval: null });
  });

  it('refuses an option code that the question does not have', () => {
    expect(() => summarizeChoices({ answered: 1, dontKnow: 0, missing: 0, options: { x: 1 } }, ['a'])).toThrow(/options the question does not have: x/);
  });

  it('refuses an option counted more often than respondents answered', () => {
    expect(() => summarizeChoices({ answered: 1, dontKnow: 0, missing: 0, options: { a: 2 } }, ['a'])).toThrow(RangeError);
  });
});
