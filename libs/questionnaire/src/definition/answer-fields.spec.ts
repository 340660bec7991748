import { definitionWithPages, likert, matrix, page, singleChoice } from '../testing/questionnaire-factory';
import { answerFields, answerFieldsByVariable } from './answer-fields';
import type { MatrixQuestion } from './types';

const variablesOf = (definition: Parameters<typeof answerFields>[0]) => answerFields(definition).map((field) => `${field.pageIndex}.${field.questionIndex} ${field.variable}`);

describe('answerFields', () => {
  it('lists every answer slot in questionnaire order, a matrix item by item', () => {
    const definition = definitionWithPages(page('p1', [singleChoice('q_a'), matrix('q_m', ['q_m_a', 'q_m_b'])]), page('p2', [likert('q_l')]));

    expect(variablesOf(definition)).toEqual(['0.0 q_a', '0.1 q_m_a', '0.1 q_m_b', '1.0 q_l']);
    expect(answerFieldsByVariable(definition).get('q_m_b')?.item?.variable).toBe('q_m_b');
  });

  it('gives the same list again for an unchanged definition, without building it anew', () => {
    const definition = definitionWithPages(page('p1', [singleChoice('q_a'), likert('q_l')]));

    expect(answerFields(definition)).toBe(answerFields(definition));
    expect(answerFieldsByVariable(definition)).toBe(answerFieldsByVariable(definition));
    expect(Object.isFrozen(answerFields(definition))).toBe(true);
  });

  it('follows a definition edited in place, as the builder edits its drafts', () => {
    const definition = definitionWithPages(page('p1', [singleChoice('q_a'), matrix('q_m', ['q_m_a'])]), page('p2', [likert('q_l')]));
    expect(variablesOf(definition)).toEqual(['0.0 q_a', '0.1 q_m_a', '1.0 q_l']);

    definition.pages[0].questions[0].variable = 'q_renamed';
    expect(variablesOf(definition)).toEqual(['0.0 q_renamed', '0.1 q_m_a', '1.0 q_l']);
    expect(answerFieldsByVariable(definition).has('q_a')).toBe(false);

    (definition.pages[0].questions[1] as MatrixQuestion).items.push({ variable: 'q_m_b', code: 2, text: { nb: 'B' } });
    expect(variablesOf(definition)).toEqual(['0.0 q_renamed', '0.1 q_m_a', '0.1 q_m_b', '1.0 q_l']);

    const [moved] = definition.pages[1].questions.splice(0, 1);
    definition.pages[0].questions.unshift(moved);
    expect(variablesOf(definition)).toEqual(['0.0 q_l', '0.1 q_renamed', '0.2 q_m_a', '0.2 q_m_b']);

    definition.pages.splice(1, 1);
    definition.pages.push(page('p3', [singleChoice('q_new')]));
    expect(variablesOf(definition)).toEqual(['0.0 q_l', '0.1 q_renamed', '0.2 q_m_a', '0.2 q_m_b', '1.0 q_new']);
    expect(answerFieldsByVariable(definition).get('q_new')?.pageIndex).toBe(1);
  });
});
