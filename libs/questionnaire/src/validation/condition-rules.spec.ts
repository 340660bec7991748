import type { Condition, ConditionTerm, Question } from '../definition/types';
import {
  ageQuestion,
  dateQuestion,
  definitionWith,
  definitionWithPages,
  equals,
  likert,
  matrix,
  multipleChoice,
  municipalityQuestion,
  numberQuestion,
  page,
  singleChoice,
  textQuestion,
} from '../testing/questionnaire-factory';
import { validateDefinition } from './validate-definition';

const CONDITION = '$.pages[0].questions[1].condition';

/** Problems with a condition on a second question that looks back at `earlier`. */
function problemsWhen(earlier: Question, condition: Condition) {
  const definition = definitionWith(earlier, singleChoice('later', { condition }));
  return validateDefinition(definition).map((problem) => [problem.code, problem.path]);
}
const all = (...terms: Array<Omit<ConditionTerm, 'variable'> & { variable?: string }>): Condition => ({ all: terms.map((term) => ({ variable: 'q1', ...term })) });

describe('validateDefinition: condition references', () => {
  it('accepts a condition on an earlier answer', () => {
    expect(problemsWhen(singleChoice('q1'), equals('q1', 1))).toEqual([]);
  });

  it('refuses a variable that no question has', () => {
    expect(problemsWhen(singleChoice('q1'), equals('q9', 1))).toEqual([['unknown_condition_variable', `${CONDITION}.all[0].variable`]]);
  });

  it('asks for a matrix item rather than the matrix', () => {
    expect(problemsWhen(matrix('grid', ['grid_a']), equals('grid', 1))).toEqual([['condition_on_matrix_question', `${CONDITION}.all[0].variable`]]);
    expect(problemsWhen(matrix('grid', ['grid_a']), equals('grid_a', 1))).toEqual([]);
  });

  it('refuses a condition on a later question or on the question itself', () => {
    const definition = definitionWith(singleChoice('q1', { condition: equals('q2', 1) }), singleChoice('q2', { condition: equals('q2', 1) }));
    expect(validateDefinition(definition).map((problem) => [problem.code, problem.path])).toEqual([
      ['condition_not_earlier', '$.pages[0].questions[0].condition.all[0].variable'],
      ['condition_not_earlier', '$.pages[0].questions[1].condition.all[0].variable'],
    ]);
  });

  it('lets a page condition use only earlier pages', () => {
    const definition = definitionWithPages(page('one', [singleChoice('q1')]), page('two', [singleChoice('q2')], equals('q2', 1)), page('three', [singleChoice('q3')], equals('q1', 1)));
    expect(validateDefinition(definition).map((problem) => [problem.code, problem.path])).toEqual([['condition_not_earlier', '$.pages[1].condition.all[0].variable']]);
  });
});

describe('validateDefinition: condition operators and values', () => {
  it('refuses greater and less on single-choice codes', () => {
    expect(problemsWhen(singleChoice('q1'), all({ op: 'greater', value: 1 }))).toEqual([['operator_not_allowed', `${CONDITION}.all[0].op`]]);
  });

  it('allows only answered and not_answered on text', () => {
    expect(problemsWhen(textQuestion('q1'), all({ op: 'equals', value: 'ja' }))).toEqual([['operator_not_allowed', `${CONDITION}.all[0].op`]]);
    expect(problemsWhen(textQuestion('q1'), all({ op: 'answered' }))).toEqual([]);
  });

  it('needs a value for a comparison', () => {
    expect(problemsWhen(singleChoice('q1'), all({ op: 'equals' }))).toEqual([['missing_condition_value', `${CONDITION}.all[0].value`]]);
  });

  it('refuses a value on answered', () => {
    expect(problemsWhen(singleChoice('q1'), all({ op: 'answered', value: 1 }))).toEqual([['unexpected_condition_value', `${CONDITION}.all[0].value`]]);
  });

  it('needs a list for in, and a single value otherwise', () => {
    expect(problemsWhen(singleChoice('q1'), all({ op: 'in', value: 1 }))).toEqual([['invalid_condition_value', `${CONDITION}.all[0].value`]]);
    expect(problemsWhen(singleChoice('q1'), all({ op: 'equals', value: [1] }))).toEqual([['invalid_condition_value', `${CONDITION}.all[0].value`]]);
  });

  it('refuses a value of the wrong kind for the answer', () => {
    expect(problemsWhen(numberQuestion('q1'), all({ op: 'greater', value: '5' }))).toEqual([['invalid_condition_value', `${CONDITION}.all[0].value`]]);
    expect(problemsWhen(municipalityQuestion('q1'), all({ op: 'equals', value: 301 }))).toEqual([['invalid_condition_value', `${CONDITION}.all[0].value`]]);
    expect(problemsWhen(dateQuestion('q1'), all({ op: 'less', value: '2024-02-30' }))).toEqual([['invalid_condition_value', `${CONDITION}.all[0].value`]]);
  });

  it('refuses an option code the question does not have', () => {
    expect(problemsWhen(singleChoice('q1'), equals('q1', 7))).toEqual([['unknown_condition_code', `${CONDITION}.all[0].value`]]);
    expect(problemsWhen(multipleChoice('q1'), all({ op: 'in', value: [1, 7] }))).toEqual([['unknown_condition_code', `${CONDITION}.all[0].value[1]`]]);
  });

  it('accepts the "don\'t know" code of a Likert scale', () => {
    expect(problemsWhen(likert('q1'), equals('q1', 9))).toEqual([]);
  });

  it('refuses an empty group', () => {
    expect(problemsWhen(singleChoice('q1'), { any: [] })).toEqual([['empty_condition_group', `${CONDITION}.any`]]);
    expect(problemsWhen(singleChoice('q1'), { all: [{ any: [] }] })).toEqual([['empty_condition_group', `${CONDITION}.all[0].any`]]);
  });
});

describe('validateDefinition: conditions that can never be true', () => {
  it('finds a term above the maximum', () => {
    expect(problemsWhen(numberQuestion('q1', { max: 10 }), all({ op: 'greater', value: 10 }))).toEqual([['condition_never_true', `${CONDITION}.all[0]`]]);
    expect(problemsWhen(ageQuestion('q1', { min: 18 }), all({ op: 'less', value: 18 }))).toEqual([['condition_never_true', `${CONDITION}.all[0]`]]);
  });

  it('finds a term beyond the ends of a Likert scale', () => {
    expect(problemsWhen(likert('q1'), all({ op: 'greater', value: 5 }))).toEqual([['condition_never_true', `${CONDITION}.all[0]`]]);
    expect(problemsWhen(likert('q1'), all({ op: 'greater', value: 4 }))).toEqual([]);
  });

  it('finds in with an empty list', () => {
    expect(problemsWhen(singleChoice('q1'), all({ op: 'in', value: [] }))).toEqual([['condition_never_true', `${CONDITION}.all[0]`]]);
  });

  it('finds two different codes required of one single choice', () => {
    expect(problemsWhen(singleChoice('q1'), all({ op: 'equals', value: 1 }, { op: 'equals', value: 2 }))).toEqual([['condition_never_true', CONDITION]]);
  });

  it('finds a code both required and excluded', () => {
    expect(problemsWhen(multipleChoice('q1'), all({ op: 'equals', value: 1 }, { op: 'not_equals', value: 1 }))).toEqual([['condition_never_true', CONDITION]]);
  });

  it('finds answered and not answered together', () => {
    expect(problemsWhen(singleChoice('q1'), all({ op: 'answered' }, { op: 'not_answered' }))).toEqual([['condition_never_true', CONDITION]]);
  });

  it('knows that a multiple choice may hold several codes, but not more than its maximum', () => {
    const both = all({ op: 'equals', value: 1 }, { op: 'equals', value: 2 });
    expect(problemsWhen(multipleChoice('q1'), both)).toEqual([]);
    expect(problemsWhen(multipleChoice('q1', { maxSelections: 1 }), both)).toEqual([['condition_never_true', CONDITION]]);
  });

  it('finds a range with no number in it', () => {
    expect(problemsWhen(numberQuestion('q1'), all({ op: 'greater', value: 5 }, { op: 'less', value: 3 }))).toEqual([['condition_never_true', CONDITION]]);
    expect(problemsWhen(numberQuestion('q1'), all({ op: 'greater', value: 5 }, { op: 'less', value: 6 }))).toEqual([['condition_never_true', CONDITION]]);
    expect(problemsWhen(numberQuestion('q1', { numberType: 'decimal' }), all({ op: 'greater', value: 5 }, { op: 'less', value: 6 }))).toEqual([]);
  });

  it('finds a range with no date in it', () => {
    const range = all({ op: 'greater', value: '2024-01-01' }, { op: 'less', value: '2024-01-02' });
    expect(problemsWhen(dateQuestion('q1'), range)).toEqual([['condition_never_true', CONDITION]]);
  });

  it('finds a Likert range that only "don\'t know" could fall outside', () => {
    expect(problemsWhen(likert('q1'), all({ op: 'greater', value: 3 }, { op: 'less', value: 4 }))).toEqual([['condition_never_true', CONDITION]]);
  });

  it('accepts "any" whose branches contradict each other', () => {
    expect(problemsWhen(singleChoice('q1'), { any: [equals('q1', 1), equals('q1', 2)] })).toEqual([]);
  });

  it('finds nested groups that contradict each other', () => {
    const condition: Condition = { all: [equals('q1', 1), { any: [equals('q1', 2), equals('q1', 3)] }] };
    expect(problemsWhen(singleChoice('q1'), condition)).toEqual([['condition_never_true', CONDITION]]);
  });

  it('accepts terms on different questions that can hold together', () => {
    const definition = definitionWith(singleChoice('q1'), numberQuestion('q2'), singleChoice('later', { condition: { all: [{ variable: 'q1', op: 'equals', value: 1 }, { variable: 'q2', op: 'greater', value: 3 }] } }));
    expect(validateDefinition(definition)).toEqual([]);
  });
});
