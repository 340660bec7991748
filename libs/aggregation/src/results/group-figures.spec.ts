import { groupFigures, tallyOf } from './group-figures';
import { ANSWERED_KEY, type StatisticQuestion } from './question-catalogue';

const question = (kind: StatisticQuestion['kind'], extras: Partial<StatisticQuestion> = {}): StatisticQuestion => ({
  variable: 'q',
  text: { nb: 'Spørsmål' },
  kind,
  options: [1, 2, 3].map((code) => ({ code, label: { nb: String(code) } })),
  dontKnow: null,
  decimal: false,
  slots: [],
  ...extras,
});
const counts = (entries: [number, [number, number][]][]) => new Map(entries.map(([key, values]) => [key, new Map(values)]));

describe('tallyOf', () => {
  it('counts a scale’s "don’t know" apart from the base, and the rest of the group as missing', () => {
    const scale = question('scale', { options: [1, 2, 3, 4, 5].map((code) => ({ code, label: {} })), dontKnow: { code: 9, label: {} } });
    expect(tallyOf(scale, 20, counts([[0, [[1, 3], [5, 4], [9, 2]]]]))).toEqual({ answered: 7, dontKnow: 2, missing: 11, options: { 1: 3, 5: 4 } });
  });

  it('counts multiple-choice ticks per option and the base from who answered at all', () => {
    const tally = tallyOf(question('multiple'), 10, counts([[1, [[1, 4], [0, 4]]], [2, [[1, 6], [0, 2]]], [ANSWERED_KEY, [[1, 4], [0, 4]]]]));
    expect(tally).toEqual({ answered: 8, dontKnow: 0, missing: 2, options: { 1: 4, 2: 6, 3: 0 } });
  });

  it('keeps numbers as a histogram with their sums', () => {
    expect(tallyOf(question('number'), 5, counts([[0, [[150, 2], [250, 1]]]])).values).toEqual({ n: 3, sum: 550, sumOfSquares: 107500, histogram: { 150: 2, 250: 1 } });
  });
});

describe('groupFigures', () => {
  it('scales decimal numbers back from hundredths', () => {
    const decimal = question('number', { decimal: true });
    const figures = groupFigures(decimal, { value: 5 }, tallyOf(decimal, 5, counts([[0, [[150, 2], [250, 1]]]])));
    expect(figures.summary).toMatchObject({ value: { n: 3, median: 1.5 } });
    expect((figures.summary as { value: { mean: number } }).value.mean).toBeCloseTo(5.5 / 3, 12);
  });

  it('hides every figure of a hidden group with the group’s reason', () => {
    const hidden = { suppressed: true, reason: 'complementary' } as const;
    const figures = groupFigures(question('choice'), hidden, tallyOf(question('choice'), 3, counts([[0, [[1, 3]]]])));
    expect(figures).toEqual({
      respondents: hidden,
      base: hidden,
      dontKnow: null,
      missing: hidden,
      options: [1, 2, 3].map((code) => ({ code, count: hidden, percent: hidden, interval: hidden })),
    });
  });
});
