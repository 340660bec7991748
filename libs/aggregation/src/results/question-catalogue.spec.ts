import { definitionWith, likert, matrix, multipleChoice, municipalityQuestion, numberQuestion, singleChoice } from '../../../questionnaire/src/testing/questionnaire-factory';
import { ANSWERED_KEY, statisticQuestion } from './question-catalogue';

const v1 = { id: 'v1', definition: definitionWith(singleChoice('q_a'), multipleChoice('q_b'), municipalityQuestion('q_home')) };
const v2 = {
  id: 'v2',
  definition: definitionWith(
    numberQuestion('q_hours', { numberType: 'decimal' }),
    singleChoice('q_a', { options: [1, 2, 3, 4].map((code) => ({ code, label: { nb: `Nytt svar ${code}` } })) }),
    multipleChoice('q_b'),
    matrix('q_m', ['q_m_a', 'q_m_b']),
    likert('q_l'),
  ),
};

const found = (variable: string) => {
  const lookup = statisticQuestion([v1, v2], variable);
  if (!('found' in lookup)) throw new Error(`${variable}: ${lookup.problem}`);
  return lookup.found;
};

describe('statisticQuestion', () => {
  it('reads each version’s answers from its own slot, and takes labels from the newest version', () => {
    const question = found('q_a');
    expect(question.kind).toBe('choice');
    expect(question.slots).toEqual([
      { versionId: 'v1', slot: 0, key: 0 },
      { versionId: 'v2', slot: 1, key: 0 },
    ]);
    expect(question.options.map((option) => [option.code, option.label.nb])).toEqual([
      [1, 'Nytt svar 1'],
      [2, 'Nytt svar 2'],
      [3, 'Nytt svar 3'],
      [4, 'Nytt svar 4'],
    ]);
  });

  it('reads a multiple-choice question option by option, plus one slot per version that says who answered', () => {
    const question = found('q_b');
    expect(question.kind).toBe('multiple');
    expect(question.slots.filter((slot) => slot.versionId === 'v1')).toEqual([
      { versionId: 'v1', slot: 1, key: 1 },
      { versionId: 'v1', slot: 2, key: 2 },
      { versionId: 'v1', slot: 3, key: 3 },
      { versionId: 'v1', slot: 1, key: ANSWERED_KEY },
    ]);
  });

  it('treats a matrix item as a scale with its "don’t know" apart', () => {
    const question = found('q_m_b');
    expect(question).toMatchObject({ kind: 'scale', dontKnow: { code: 9 }, text: { nb: 'Påstand q_m_b' } });
    expect(question.options.map((option) => option.code)).toEqual([1, 2, 3, 4, 5]);
  });

  it('knows decimal numbers are stored × 100', () => {
    expect(found('q_hours')).toMatchObject({ kind: 'number', decimal: true, options: [] });
  });

  it('has no statistics for a municipality question, and does not know an unknown variable', () => {
    expect(statisticQuestion([v1, v2], 'q_home')).toEqual({ problem: 'not_a_statistic' });
    expect(statisticQuestion([v1, v2], 'q_nothing')).toEqual({ problem: 'not_found' });
  });
});
