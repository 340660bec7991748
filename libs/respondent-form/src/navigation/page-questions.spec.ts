import { korusDemoQuestionnaire as demo } from '@stemme/questionnaire';
import { definitionOf, pageOf, single } from '../testing/definitions';
import { liveQuestionVariables, pageQuestions } from './page-questions';

const summary = (result: ReturnType<typeof pageQuestions>) =>
  result.questions.map(({ question, visible, liveCondition }) => [question.variable, visible, liveCondition ? 'live' : 'fixed']);

describe('the questions a page renders', () => {
  it('renders the follow-ups about the contact person live, hidden until they apply', () => {
    const help = pageQuestions(demo, 'help', {});
    expect(liveQuestionVariables(help.questions)).toEqual(['q21_contact_person_reachable', 'q22_contact_person_trust', 'q23_wants_contact_person']);
    expect(help.questions.filter((entry) => !entry.visible).map((entry) => entry.question.variable)).toEqual([
      'q21_contact_person_reachable',
      'q22_contact_person_trust',
      'q23_wants_contact_person',
    ]);
    expect(help.questions.find((entry) => entry.question.variable === 'q21_contact_person_reachable')?.liveCondition).toEqual({
      all: [{ variable: 'q20_contact_person', op: 'equals', value: 1 }],
    });
  });

  it('shows the follow-ups that apply to the answers already given', () => {
    const visible = pageQuestions(demo, 'help', { q20_contact_person: 2 }).questions.filter((entry) => entry.visible);
    expect(visible.map((entry) => entry.question.variable)).toContain('q23_wants_contact_person');
    expect(visible.map((entry) => entry.question.variable)).not.toContain('q22_contact_person_trust');
  });

  it('gives the script the "don\'t know" code of a Likert answer that a live condition compares', () => {
    expect(pageQuestions(demo, 'daily_life', {}).dontKnowCodes).toEqual({ q33_happy_with_home: 9 });
    expect(pageQuestions(demo, 'access', {}).dontKnowCodes).toEqual({});
  });

  const definition = definitionOf(
    pageOf('earlier', [single('before')]),
    pageOf('now', [
      single('trigger'),
      single('both', { condition: { all: [{ variable: 'before', op: 'equals', value: 1 }, { variable: 'trigger', op: 'equals', value: 2 }] } }),
      single('either', { condition: { any: [{ variable: 'before', op: 'equals', value: 1 }, { variable: 'trigger', op: 'equals', value: 2 }] } }),
      single('chained', { condition: { all: [{ variable: 'both', op: 'answered' }] } }),
    ]),
  );

  it('decides the terms about earlier pages, so the page carries no earlier answers', () => {
    const result = pageQuestions(definition, 'now', { before: 1 });
    expect(summary(result)).toEqual([
      ['trigger', true, 'fixed'],
      ['both', false, 'live'],
      ['either', true, 'fixed'],
      ['chained', false, 'live'],
    ]);
    expect(result.questions[1].liveCondition).toEqual({ all: [{ variable: 'trigger', op: 'equals', value: 2 }] });
    expect(JSON.stringify(result.questions.map((entry) => entry.liveCondition))).not.toContain('before');
  });

  it('leaves out a question that no answer on the page can reveal', () => {
    expect(summary(pageQuestions(definition, 'now', { before: 2 }))).toEqual([
      ['trigger', true, 'fixed'],
      ['either', false, 'live'],
    ]);
  });

  it('treats a question the link answers as an earlier answer, not a live one', () => {
    const result = pageQuestions(definition, 'now', { before: 1, trigger: 2 }, { skipVariables: ['trigger'] });
    expect(summary(result)).toEqual([
      ['both', true, 'fixed'],
      ['either', true, 'fixed'],
      ['chained', false, 'live'],
    ]);
  });
});
