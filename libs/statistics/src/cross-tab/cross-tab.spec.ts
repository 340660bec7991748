import { crossTab } from './cross-tab';

const options = { answerCodes: ['1', '2', '3'], backgroundCodes: ['woman', 'man', 'other'] };

describe('crossTab', () => {
  it('counts pairs into rows per background group with row percents and a total row', () => {
    const table = crossTab(
      [
        { background: 'woman', answer: '1', count: 10 },
        { background: 'woman', answer: '3', count: 30 },
        { background: 'man', answer: '2', count: 25 },
        { background: 'man', answer: '3', count: 25 },
        { background: 'woman', answer: '1', count: 10 },
      ],
      { ...options, backgroundCodes: ['woman', 'man'] },
    );
    expect(table.rows[0]).toEqual({
      base: { value: 50 },
      counts: [{ value: 20 }, { value: 0 }, { value: 30 }],
      percents: [{ value: 40 }, { value: 0 }, { value: 60 }],
    });
    expect(table.total.base).toEqual({ value: 100 });
    expect(table.total.percents).toEqual([{ value: 20 }, { value: 25 }, { value: 55 }]);
    expect(table.footnote.nb).toContain('Grupper med færre enn 5 svar vises ikke.');
  });

  it('hides a background group under k with all its percents, and the next smallest group so the totals do not give it away', () => {
    const table = crossTab(
      [
        { background: 'woman', answer: '1', count: 40 },
        { background: 'man', answer: '1', count: 12 },
        { background: 'man', answer: '2', count: 20 },
        { background: 'other', answer: '2', count: 2 },
      ],
      options,
    );
    expect(table.rows[2].base).toEqual({ suppressed: true, reason: 'below_threshold' });
    expect(table.rows[2].percents.every((percent) => 'suppressed' in percent)).toBe(true);
    expect(table.rows[1].base).toEqual({ suppressed: true, reason: 'complementary' });
    expect(table.rows[0].percents).toEqual([{ value: 100 }, { value: 0 }, { value: 0 }]);
    // Nobody in 'other' answered 1, so the total of 1 (52) minus the women's 40 would give the
    // men's 12, then their 2s and so the other group's 2s: the totals of 1 and 2 are hidden.
    const complementary = { suppressed: true, reason: 'complementary' };
    expect(table.total.counts).toEqual([complementary, complementary, { value: 0 }]);
    expect(table.total.base).toEqual({ value: 74 });
  });

  it('shows no percents for a group nobody is in', () => {
    const table = crossTab([{ background: 'woman', answer: '1', count: 9 }], { answerCodes: ['1'], backgroundCodes: ['woman', 'man'] });
    expect(table.rows[1]).toEqual({ base: { value: 0 }, counts: [{ value: 0 }], percents: [{ value: null }] });
  });

  it('refuses codes that are not in the lists', () => {
    expect(() => crossTab([{ background: 'robot', answer: '1', count: 1 }], options)).toThrow(/Background code robot/);
    expect(() => crossTab([{ background: 'man', answer: '9', count: 1 }], options)).toThrow(/Answer code 9/);
  });
});
