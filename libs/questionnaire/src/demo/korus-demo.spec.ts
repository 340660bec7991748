import { validateAnswers } from '../answers/validate-answers';
import { isQuestionVisible } from '../conditions/visibility';
import { answerFields } from '../definition/answer-fields';
import { readabilitySummary } from '../readability/readability-summary';
import { validateDefinition } from '../validation/validate-definition';
import { korusDemoQuestionnaire as demo } from './korus-demo';

describe('the KoRus demo questionnaire', () => {
  const questions = demo.pages.flatMap((page) => page.questions);

  it('is ready to publish', () => {
    expect(validateDefinition(demo, { forPublish: true })).toEqual([]);
  });

  it('has about 40 questions on 5 to 7 pages, in bokmål and English', () => {
    expect(questions.length).toBeGreaterThanOrEqual(35);
    expect(questions.length).toBeLessThanOrEqual(45);
    expect(demo.pages.length).toBeGreaterThanOrEqual(5);
    expect(demo.pages.length).toBeLessThanOrEqual(7);
    expect(demo.languages).toEqual(['nb', 'en']);
  });

  it('uses the question types the survey needs', () => {
    const types = new Set(questions.map((question) => question.type));
    for (const type of ['likert', 'matrix', 'single_choice', 'multiple_choice', 'municipality', 'age', 'long_text'] as const) expect(types).toContain(type);
    expect(questions.find((question) => question.type === 'long_text')?.required).toBeFalsy();
  });

  it('gives every Likert question five points and "don\'t know"', () => {
    for (const question of questions) {
      if (question.type === 'likert' || question.type === 'matrix') expect(question.scale).toMatchObject({ points: 5, dontKnow: { code: 9 } });
    }
  });

  it('asks about the contact person only of those who have one', () => {
    expect(isQuestionVisible(demo, { q20_contact_person: 1 }, 'q21_contact_person_reachable')).toBe(true);
    expect(isQuestionVisible(demo, { q20_contact_person: 2 }, 'q21_contact_person_reachable')).toBe(false);
    expect(isQuestionVisible(demo, { q20_contact_person: 2 }, 'q23_wants_contact_person')).toBe(true);
  });

  it('shows the page on follow-up only to those who stayed in a hospital or clinic', () => {
    expect(isQuestionVisible(demo, { q04_admitted: 1 }, 'q27_followed_up')).toBe(true);
    expect(isQuestionVisible(demo, { q04_admitted: 2 }, 'q27_followed_up')).toBe(false);
  });

  it('asks about help with housing of those who disagree that they are happy where they live, not of those who do not know', () => {
    expect(isQuestionVisible(demo, { q33_happy_with_home: 2 }, 'q34_help_with_housing')).toBe(true);
    expect(isQuestionVisible(demo, { q33_happy_with_home: 9 }, 'q34_help_with_housing')).toBe(false);
  });

  it('accepts a full set of answers', () => {
    const answers = Object.fromEntries(
      answerFields(demo).map(({ variable, question }) => {
        switch (question.type) {
          case 'multiple_choice':
            return [variable, [1, 2]];
          case 'municipality':
            return [variable, '0301'];
          case 'age':
            return [variable, 34];
          case 'long_text':
            return [variable, 'Takk for hjelpen.'];
          default:
            return [variable, 1];
        }
      }),
    );
    const visibleOnly = { ...answers, q23_wants_contact_person: undefined };
    expect(validateAnswers(demo, visibleOnly, { language: 'nb', today: '2025-03-15' })).toEqual([]);
  });

  it.each(['nb', 'en'] as const)('reads easily in %s: every question under LIX 35', (language) => {
    const summary = readabilitySummary(demo, language);
    expect(summary.questions).toHaveLength(questions.length);
    const hardToRead = summary.questions.filter((question) => question.score >= 35).map((question) => `${question.variable} (${question.score.toFixed(1)})`);
    expect(hardToRead).toEqual([]);
    expect(summary.category).toBe('very_easy');
  });
});
