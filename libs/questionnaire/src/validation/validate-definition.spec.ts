import { korusDemoQuestionnaire } from '../demo/korus-demo';
import type { QuestionnaireDefinition } from '../definition/types';
import {
  dateQuestion,
  definitionWith,
  definitionWithPages,
  likert,
  matrix,
  multipleChoice,
  numberQuestion,
  page,
  singleChoice,
  yearOfBirthQuestion,
} from '../testing/questionnaire-factory';
import { validateDefinition } from './validate-definition';

const problemsOf = (definition: unknown, forPublish = true) => validateDefinition(definition, { forPublish }).map((problem) => [problem.code, problem.path]);
const withChange = (change: (definition: Record<string, unknown>) => void): unknown => {
  const definition = structuredClone(definitionWith(singleChoice('q1'))) as unknown as Record<string, unknown>;
  change(definition);
  return definition;
};
const firstQuestion = (definition: Record<string, unknown>) => (definition.pages as Array<{ questions: Array<Record<string, unknown>> }>)[0].questions[0];

describe('validateDefinition: shape', () => {
  it('accepts a small valid questionnaire', () => {
    expect(problemsOf(definitionWith(singleChoice('q1')))).toEqual([]);
  });

  it('refuses something that is not an object', () => {
    expect(problemsOf([])).toEqual([['wrong_type', '$']]);
  });

  it('refuses a format version it does not know', () => {
    expect(problemsOf(withChange((definition) => (definition.formatVersion = 2)))).toEqual([['unsupported_format_version', '$.formatVersion']]);
  });

  it('refuses a language it does not support', () => {
    expect(problemsOf(withChange((definition) => (definition.languages = ['nb', 'se'])))).toEqual([['invalid_value', '$.languages[1]']]);
  });

  it('refuses an unknown question type', () => {
    expect(problemsOf(withChange((definition) => (firstQuestion(definition).type = 'slider')))).toEqual([['unknown_question_type', '$.pages[0].questions[0].type']]);
  });

  it('names a missing property', () => {
    expect(problemsOf(withChange((definition) => delete firstQuestion(definition).options))).toEqual([['missing_property', '$.pages[0].questions[0].options']]);
  });

  it('names an unknown property', () => {
    expect(problemsOf(withChange((definition) => (firstQuestion(definition).colour = 'blue')))).toEqual([['unknown_property', '$.pages[0].questions[0].colour']]);
  });

  it('refuses an option code that is not a whole number', () => {
    expect(problemsOf(withChange((definition) => ((firstQuestion(definition).options as Array<{ code: unknown }>)[1].code = '2')))).toEqual([
      ['wrong_type', '$.pages[0].questions[0].options[1].code'],
    ]);
  });

  it('refuses a Likert scale with more than 11 points', () => {
    const definition = definitionWith(likert('q1', { scale: { points: 12, lowLabel: { nb: 'Lav' }, highLabel: { nb: 'Høy' } } }));
    expect(problemsOf(definition)).toEqual([['out_of_range', '$.pages[0].questions[0].scale.points']]);
  });

  it('refuses a condition group with both "all" and "any"', () => {
    const definition = withChange((definition) => (firstQuestion(definition).condition = { all: [], any: [] }));
    expect(problemsOf(definition)).toEqual([['invalid_shape', '$.pages[0].questions[0].condition']]);
  });
});

describe('validateDefinition: content', () => {
  it('passes the demo questionnaire for publishing', () => {
    expect(validateDefinition(korusDemoQuestionnaire, { forPublish: true })).toEqual([]);
  });

  it('needs bokmål among the languages', () => {
    expect(problemsOf({ ...definitionWith(singleChoice('q1')), languages: ['nn'] })).toContainEqual(['missing_nb_language', '$.languages']);
  });

  it('refuses a language listed twice', () => {
    expect(problemsOf({ ...definitionWith(singleChoice('q1')), languages: ['nb', 'nb'] })).toEqual([['duplicate_language', '$.languages[1]']]);
  });

  it('needs at least one page and a question on every page', () => {
    expect(problemsOf(definitionWithPages())).toEqual([['no_pages', '$.pages']]);
    expect(problemsOf(definitionWithPages(page('empty', [])))).toEqual([['empty_page', '$.pages[0].questions']]);
  });

  it('refuses a malformed page id and a repeated one', () => {
    expect(problemsOf(definitionWithPages(page('Start', [singleChoice('q1')])))).toEqual([['invalid_page_id', '$.pages[0].id']]);
    expect(problemsOf(definitionWithPages(page('start', [singleChoice('q1')]), page('start', [singleChoice('q2')])))).toEqual([['duplicate_page_id', '$.pages[1].id']]);
  });

  it.each(['1q', 'Q1', 'q-1', 'spørsmål', `q${'x'.repeat(63)}`])('refuses the variable name %s', (variable) => {
    expect(problemsOf(definitionWith(singleChoice(variable)))).toEqual([['invalid_variable_name', '$.pages[0].questions[0].variable']]);
  });

  it('refuses a variable used twice, across pages and matrix items', () => {
    expect(problemsOf(definitionWithPages(page('one', [singleChoice('q1')]), page('two', [singleChoice('q1')])))).toEqual([['duplicate_variable', '$.pages[1].questions[0].variable']]);
    expect(problemsOf(definitionWith(singleChoice('q1'), matrix('grid', ['grid_a', 'q1'])))).toEqual([['duplicate_variable', '$.pages[0].questions[1].items[1].variable']]);
  });

  it('refuses an empty option list', () => {
    expect(problemsOf(definitionWith(singleChoice('q1', { options: [] })))).toEqual([['empty_options', '$.pages[0].questions[0].options']]);
  });

  it('refuses an option code used twice in a question', () => {
    const options = [1, 2, 1].map((code) => ({ code, label: { nb: `Svar ${code}` } }));
    expect(problemsOf(definitionWith(multipleChoice('q1', { options })))).toEqual([['duplicate_option_code', '$.pages[0].questions[0].options[2].code']]);
  });

  it('refuses a matrix without items, and an item code used twice', () => {
    expect(problemsOf(definitionWith(matrix('grid', [])))).toEqual([['empty_matrix', '$.pages[0].questions[0].items']]);
    const grid = matrix('grid', ['grid_a', 'grid_b']);
    grid.items[1].code = 1;
    expect(problemsOf(definitionWith(grid))).toEqual([['duplicate_item_code', '$.pages[0].questions[0].items[1].code']]);
  });

  it('refuses a "don\'t know" code that is a point on the scale', () => {
    const scale = { points: 5, lowLabel: { nb: 'Lav' }, highLabel: { nb: 'Høy' }, dontKnow: { code: 5, label: { nb: 'Vet ikke' } } };
    expect(problemsOf(definitionWith(likert('q1', { scale })))).toEqual([['dont_know_code_on_scale', '$.pages[0].questions[0].scale.dontKnow.code']]);
  });

  it('refuses selection limits that cannot be met', () => {
    expect(problemsOf(definitionWith(multipleChoice('q1', { minSelections: 3, maxSelections: 2 })))).toEqual([['invalid_selection_limits', '$.pages[0].questions[0].minSelections']]);
    expect(problemsOf(definitionWith(multipleChoice('q1', { minSelections: 4 })))).toEqual([['invalid_selection_limits', '$.pages[0].questions[0].minSelections']]);
  });

  it('refuses a minimum above the maximum', () => {
    expect(problemsOf(definitionWith(numberQuestion('q1', { min: 10, max: 5 })))).toEqual([['min_greater_than_max', '$.pages[0].questions[0].min']]);
    expect(problemsOf(definitionWith(yearOfBirthQuestion('q1', { minAge: 80, maxAge: 18 })))).toEqual([['min_greater_than_max', '$.pages[0].questions[0].minAge']]);
    expect(problemsOf(definitionWith(dateQuestion('q1', { min: '2025-01-01', max: '2024-01-01' })))).toEqual([['min_greater_than_max', '$.pages[0].questions[0].min']]);
  });

  it('refuses a date limit that does not exist', () => {
    expect(problemsOf(definitionWith(dateQuestion('q1', { max: '2025-02-29' })))).toEqual([['invalid_date', '$.pages[0].questions[0].max']]);
  });

  it('needs every text in every enabled language', () => {
    const definition: QuestionnaireDefinition = { ...definitionWith(singleChoice('q1', { text: { nb: 'Hei', en: 'Hi' }, help: { nb: 'Hjelp', en: ' ' } })), languages: ['nb', 'en'] };
    expect(problemsOf(definition)).toEqual([
      ['missing_text', '$.pages[0].title.en'],
      ['missing_text', '$.pages[0].questions[0].help.en'],
      ['missing_text', '$.pages[0].questions[0].options[0].label.en'],
      ['missing_text', '$.pages[0].questions[0].options[1].label.en'],
      ['missing_text', '$.pages[0].questions[0].options[2].label.en'],
    ]);
  });

  it('lets a draft leave work unfinished but still reports its mistakes', () => {
    const draft: QuestionnaireDefinition = { ...definitionWith(singleChoice('q1', { options: [] }), singleChoice('q1')), languages: ['nb', 'en'] };
    expect(problemsOf(draft, false)).toEqual([['duplicate_variable', '$.pages[0].questions[1].variable']]);
    expect(problemsOf(draft, true)).toContainEqual(['empty_options', '$.pages[0].questions[0].options']);
    expect(problemsOf(draft, true)).toContainEqual(['missing_text', '$.pages[0].title.en']);
  });

  it('checks for publishing unless told it is a draft', () => {
    expect(validateDefinition(definitionWithPages()).map((problem) => problem.code)).toEqual(['no_pages']);
  });

  it('explains each problem in a sentence', () => {
    const [problem] = validateDefinition(definitionWithPages(page('one', [singleChoice('q1')]), page('two', [singleChoice('q1')])));
    expect(problem.message).toBe('"q1" is already used at $.pages[0].questions[0].variable.');
  });
});
