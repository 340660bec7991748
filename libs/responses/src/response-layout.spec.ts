import { korusDemoQuestionnaire } from '@stemme/questionnaire';
import {
  dateQuestion,
  definitionWith,
  likert,
  matrix,
  multipleChoice,
  numberQuestion,
  singleChoice,
} from '../../questionnaire/src/testing/questionnaire-factory';
import { decodeAnswers, encodeAnswers, responseLayout } from './response-layout';

const definition = definitionWith(
  singleChoice('gender'),
  multipleChoice('services', { options: [1, 2, 4].map((code) => ({ code, label: { nb: `Tjeneste ${code}` } })) }),
  likert('access'),
  matrix('involve', ['involve_a', 'involve_b']),
  numberQuestion('hours', { numberType: 'decimal' }),
  { type: 'municipality', variable: 'home', text: { nb: 'Kommune' } },
  { type: 'long_text', variable: 'other', text: { nb: 'Annet' } },
  dateQuestion('since'),
);

describe('responseLayout', () => {
  it('gives one slot per countable answer and one per multiple-choice option, in questionnaire order', () => {
    const layout = responseLayout(definition);
    expect(layout.slots.map((s) => `${s.variable}${s.optionCode ? `:${s.optionCode}` : ''}`)).toEqual([
      'gender',
      'services:1',
      'services:2',
      'services:4',
      'access',
      'involve_a',
      'involve_b',
      'hours',
      'home',
    ]);
    expect(layout.textVariables).toEqual(['other', 'since']);
  });

  it('stores chosen options as 1, the others as 0, and an unanswered question as null', () => {
    const layout = responseLayout(definition);
    expect(encodeAnswers(layout, { services: [4, 1] }).coded.slice(1, 4)).toEqual([1, 0, 1]);
    expect(encodeAnswers(layout, {}).coded.slice(1, 4)).toEqual([null, null, null]);
  });

  it('keeps two decimals, the municipality code, and text apart from the counted answers', () => {
    const layout = responseLayout(definition);
    const stored = encodeAnswers(layout, { hours: 2.555, home: '0301', other: 'Takk', since: '2025-01-31' });
    expect(stored.coded[7]).toBe(256);
    expect(stored.coded[8]).toBe(301);
    expect(stored.texts).toEqual({ other: 'Takk', since: '2025-01-31' });
  });

  it('decodes what it encoded', () => {
    const layout = responseLayout(definition);
    const answers = { gender: 2, services: [1, 4], access: 9, involve_a: 3, involve_b: 5, hours: 1.5, home: '0301', other: 'Hei', since: '2024-12-24' };
    const stored = encodeAnswers(layout, answers);
    expect(decodeAnswers(layout, stored.coded, stored.texts)).toEqual(answers);
  });

  it('lays out the demo questionnaire without text slots in the counted array', () => {
    const layout = responseLayout(korusDemoQuestionnaire);
    expect(layout.slots.length).toBeGreaterThanOrEqual(40);
    expect(new Set(layout.slots.map((s) => s.index)).size).toBe(layout.slots.length);
  });
});
