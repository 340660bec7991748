import { definitionWith, matrix, singleChoice } from '../testing/questionnaire-factory';
import { readabilityCategory, readabilitySummary } from './readability-summary';

describe('readabilitySummary', () => {
  const definition = definitionWith(
    singleChoice('easy', { text: { nb: 'Jeg fikk hjelp. Det var bra.' } }),
    singleChoice('hard', {
      text: { nb: 'Kommunen hjalp meg med boligsituasjonen.' },
      options: [{ code: 1, label: { nb: 'Arbeidsavklaringspenger' } }, { code: 2, label: { nb: 'Lønn' } }],
    }),
    singleChoice('helped', { text: { nb: 'Hvor lett var det å få hjelp' }, help: { nb: 'Velg ett svar.' } }),
    matrix('grid', ['grid_a', 'grid_b'], {
      text: { nb: 'Hvor enig er du?' },
      items: [
        { variable: 'grid_a', code: 1, text: { nb: 'Jeg ble hørt.' } },
        { variable: 'grid_b', code: 2, text: { nb: 'Vi samarbeidet godt.' } },
      ],
    }),
  );
  const summary = readabilitySummary(definition, 'nb');
  const scoreOf = (variable: string) => summary.questions.find((question) => question.variable === variable)?.score;

  it('scores each question on its text', () => {
    expect(scoreOf('easy')).toBe(3);
    expect(scoreOf('hard')).toBe(45);
  });

  it('adds the help text to the question', () => {
    // 7 + 3 words, 2 sentences, 0 long: 10/2 = 5
    expect(summary.questions.find((question) => question.variable === 'helped')).toMatchObject({ score: 5, words: 10, sentences: 2 });
  });

  it('reads each matrix item as a sentence of its own', () => {
    // 4 + 3 + 3 words, 3 sentences, 1 long (samarbeidet): 10/3 + 100 × 1/10 = 13.33
    expect(scoreOf('grid')).toBeCloseTo(13.333, 3);
  });

  it('lists long words in options apart from the score', () => {
    expect(summary.questions.find((question) => question.variable === 'hard')).toMatchObject({
      longWords: ['Kommunen', 'boligsituasjonen'],
      longWordsInOptions: ['Arbeidsavklaringspenger'],
    });
  });

  it('summarises with mean, median, category and the hardest questions first', () => {
    // scores 3, 45, 5, 13.33
    expect(summary.mean).toBeCloseTo((3 + 45 + 5 + 40 / 3) / 4, 6);
    expect(summary.median).toBeCloseTo((5 + 40 / 3) / 2, 6);
    expect(summary.category).toBe('very_easy');
    expect(summary.hardest.map((question) => question.variable)).toEqual(['hard', 'grid', 'helped']);
  });

  it('leaves out questions without a text in the language', () => {
    expect(readabilitySummary(definition, 'en')).toMatchObject({ questions: [], mean: 0, median: 0, hardest: [] });
  });
});

describe('readabilityCategory', () => {
  it.each([
    [29.9, 'very_easy'],
    [30, 'easy'],
    [40, 'medium'],
    [50, 'hard'],
    [60, 'very_hard'],
  ])('calls %d %s', (score, category) => {
    expect(readabilityCategory(score)).toBe(category);
  });
});
