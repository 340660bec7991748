import { definitionWithPages, equals, likert, matrix, page, singleChoice, textQuestion } from '../testing/questionnaire-factory';
import { isPageVisible, isQuestionVisible, resolveVisibility, visibleQuestions } from './visibility';

describe('visibility', () => {
  const definition = definitionWithPages(
    page('start', [
      singleChoice('has_contact'),
      likert('contact_trust', { condition: equals('has_contact', 1) }),
      textQuestion('why_not', 'short_text', { condition: { all: [{ variable: 'contact_trust', op: 'less', value: 3 }] } }),
    ]),
    page('follow_up', [matrix('grid', ['grid_a', 'grid_b']), singleChoice('missing_trust', { condition: { all: [{ variable: 'contact_trust', op: 'not_answered' }] } })], equals('has_contact', 1)),
  );

  it('shows a question whose condition holds', () => {
    expect(isQuestionVisible(definition, { has_contact: 1 }, 'contact_trust')).toBe(true);
  });

  it('hides a question whose condition does not hold', () => {
    expect(isQuestionVisible(definition, { has_contact: 2 }, 'contact_trust')).toBe(false);
  });

  it('hides every question of a hidden page, matrix items included', () => {
    const answers = { has_contact: 2 };
    expect(isPageVisible(definition, answers, 'follow_up')).toBe(false);
    expect(isQuestionVisible(definition, answers, 'grid')).toBe(false);
    expect(isQuestionVisible(definition, answers, 'grid_a')).toBe(false);
    expect(visibleQuestions(definition, answers).map((question) => question.variable)).toEqual(['has_contact']);
  });

  it('shows matrix items with their matrix', () => {
    expect(isQuestionVisible(definition, { has_contact: 1 }, 'grid_b')).toBe(true);
  });

  it('treats the answer of a hidden question as unanswered in later conditions', () => {
    const staleAnswers = { has_contact: 2, contact_trust: 1 };
    expect(isQuestionVisible(definition, staleAnswers, 'why_not')).toBe(false);
    expect(isQuestionVisible({ ...definition, pages: [definition.pages[0], { ...definition.pages[1], condition: undefined }] }, staleAnswers, 'missing_trust')).toBe(true);
  });

  it('keeps only the answers to visible questions', () => {
    const visibility = resolveVisibility(definition, { has_contact: 2, contact_trust: 1, grid_a: 3 });
    expect(visibility.answers).toEqual({ has_contact: 2 });
    expect([...visibility.pageIds]).toEqual(['start']);
  });

  it('sees a reference to a later question as unanswered', () => {
    const backwards = definitionWithPages(page('only', [singleChoice('early', { condition: equals('late', 1) }), singleChoice('late')]));
    expect(isQuestionVisible(backwards, { late: 1 }, 'early')).toBe(false);
  });

  it('says an unknown variable is not visible', () => {
    expect(isQuestionVisible(definition, {}, 'nothing_here')).toBe(false);
  });
});
