import { ANSWERED_KEY, type GroupCounts, SINGLE_SLOT_KEY, type StatisticQuestion } from '@stemme/aggregation';
import { isSuppressed } from '@stemme/statistics';
import { othersFigures, youngBandIndex } from './unit-comparison';

const scale: StatisticQuestion = {
  variable: 'q_trust',
  text: { nb: 'Tillit' },
  kind: 'scale',
  options: [1, 2, 3, 4, 5].map((code) => ({ code, label: { nb: String(code) } })),
  dontKnow: { code: 9, label: { nb: 'Vet ikke' } },
  decimal: false,
  slots: [],
};

function counts(values: Record<number, number>): GroupCounts {
  return new Map([[SINGLE_SLOT_KEY, new Map(Object.entries(values).map(([value, n]) => [Number(value), n]))]]);
}

describe('othersFigures', () => {
  const whole = { published: { value: 40 }, respondents: 40, counts: counts({ 1: 10, 2: 10, 5: 15, 9: 5 }) };
  const young = { published: { value: 12 }, respondents: 12, counts: counts({ 1: 6, 5: 4, 9: 2 }) };

  it('is the group minus its subgroup, percents and mean recomputed from the counts', () => {
    const others = othersFigures(scale, whole, young, 5);

    expect(others.respondents).toEqual({ value: 28 });
    expect(others.base).toEqual({ value: 25 });
    expect(others.options!.map((option) => option.count)).toEqual([{ value: 4 }, { value: 10 }, { value: 0 }, { value: 0 }, { value: 11 }]);
    expect(others.options![0].percent).toEqual({ value: 16 });
    expect(others.summary).toEqual({ value: expect.objectContaining({ n: 25, mean: (4 * 1 + 10 * 2 + 11 * 5) / 25 }) });
  });

  it('is hidden for complementary reasons when the subgroup is hidden, and as the group when the group is', () => {
    const hiddenYoung = othersFigures(scale, whole, { ...young, published: { suppressed: true, reason: 'below_threshold' } }, 5);
    expect(hiddenYoung.respondents).toEqual({ suppressed: true, reason: 'complementary' });
    expect(hiddenYoung.options!.every((option) => isSuppressed(option.percent))).toBe(true);

    const hiddenWhole = othersFigures(scale, { ...whole, published: { suppressed: true, reason: 'below_threshold' } }, young, 5);
    expect(hiddenWhole.summary).toEqual({ suppressed: true, reason: 'below_threshold' });
  });

  it('is hidden when fewer than k respondents are left, though both groups are shown', () => {
    const others = othersFigures(scale, { ...whole, respondents: 15, published: { value: 15 } }, young, 5);
    expect(others.respondents).toEqual({ suppressed: true, reason: 'below_threshold' });
  });

  it('counts multiple-choice options and who answered at all apart', () => {
    const multiple: StatisticQuestion = { ...scale, kind: 'multiple', dontKnow: null, options: [1, 2].map((code) => ({ code, label: { nb: String(code) } })) };
    const ticks = (one: number, two: number, answered: number): GroupCounts =>
      new Map([
        [1, new Map([[1, one]])],
        [2, new Map([[1, two]])],
        [ANSWERED_KEY, new Map([[1, answered]])],
      ]);
    const others = othersFigures(multiple, { published: { value: 30 }, respondents: 30, counts: ticks(20, 10, 25) }, { published: { value: 10 }, respondents: 10, counts: ticks(8, 2, 9) }, 5);
    expect(others.base).toEqual({ value: 16 });
    expect(others.options!.map((option) => option.percent)).toEqual([{ value: 75 }, { value: 50 }]);
  });
});

describe('youngBandIndex', () => {
  it('finds 18–23 wherever it is, and takes the youngest band otherwise', () => {
    expect(youngBandIndex([{ label: '16–17', min: 16, max: 17 }, { label: '18–23', min: 18, max: 23 }])).toBe(1);
    expect(youngBandIndex([{ label: '18–29', min: 18, max: 29 }])).toBe(0);
  });
});
