import type { Language } from '../definition/types';
import {
  ageQuestion,
  dateQuestion,
  definitionWith,
  equals,
  likert,
  matrix,
  multipleChoice,
  municipalityQuestion,
  numberQuestion,
  singleChoice,
  textQuestion,
  yearOfBirthQuestion,
} from '../testing/questionnaire-factory';
import type { Answers } from './answer-types';
import { validateAnswers } from './validate-answers';

const today = '2025-03-15';
const check = (definition: ReturnType<typeof definitionWith>, answers: Answers, language: Language = 'nb') => validateAnswers(definition, answers, { language, today });
const only = (definition: ReturnType<typeof definitionWith>, answers: Answers, language: Language = 'nb') => {
  const problems = check(definition, answers, language);
  expect(problems).toHaveLength(1);
  return problems[0];
};

describe('validateAnswers', () => {
  it('accepts answers that follow every rule', () => {
    const definition = definitionWith(singleChoice('a'), multipleChoice('b'), likert('c'), numberQuestion('d', { min: 0, max: 10 }), textQuestion('e'));
    expect(check(definition, { a: 1, b: [1, 3], c: 9, d: 4, e: 'Fint' })).toEqual([]);
  });

  it('refuses a variable the questionnaire does not have', () => {
    expect(only(definitionWith(singleChoice('a')), { a: 1, b: 2 })).toEqual({ variable: 'b', code: 'unknown_variable', message: 'Dette spørsmålet finnes ikke i skjemaet' });
  });

  it('refuses an answer to the matrix itself rather than its items', () => {
    expect(only(definitionWith(matrix('grid', ['grid_a'])), { grid: 3 }).code).toBe('unknown_variable');
  });

  it('refuses an answer of the wrong kind', () => {
    expect(only(definitionWith(singleChoice('a')), { a: 'yes' }).code).toBe('wrong_type');
    expect(only(definitionWith(multipleChoice('b')), { b: 2 }).code).toBe('wrong_type');
    expect(only(definitionWith(textQuestion('c')), { c: 5 }).code).toBe('wrong_type');
  });

  it('refuses an option code that the question does not have', () => {
    expect(only(definitionWith(singleChoice('a')), { a: 7 })).toMatchObject({ code: 'unknown_option', message: 'Velg et av svarene i listen' });
    expect(only(definitionWith(multipleChoice('b')), { b: [1, 7] }).code).toBe('unknown_option');
  });

  it('refuses a point outside the Likert scale but accepts "don\'t know"', () => {
    const definition = definitionWith(likert('c'), matrix('grid', ['grid_a']));
    expect(check(definition, { c: 6, grid_a: 0 }).map((problem) => [problem.variable, problem.code])).toEqual([
      ['c', 'unknown_option'],
      ['grid_a', 'unknown_option'],
    ]);
    expect(check(definition, { c: 9, grid_a: 9 })).toEqual([]);
  });

  it('refuses the same option chosen twice', () => {
    expect(only(definitionWith(multipleChoice('b')), { b: [2, 2] }).code).toBe('duplicate_option');
  });

  it('refuses too few or too many choices', () => {
    const definition = definitionWith(multipleChoice('b', { minSelections: 2, maxSelections: 2 }));
    expect(only(definition, { b: [1] })).toMatchObject({ code: 'too_few_selected', message: 'Velg minst 2 svar' });
    expect(only(definition, { b: [1, 2, 3] })).toMatchObject({ code: 'too_many_selected', message: 'Velg høyst 2 svar' });
  });

  it('refuses a number outside the range, saying the range', () => {
    expect(only(definitionWith(numberQuestion('d', { min: 18, max: 99 })), { d: 17 })).toMatchObject({ code: 'out_of_range', message: 'Skriv et tall mellom 18 og 99' });
    expect(only(definitionWith(numberQuestion('d', { min: 1 })), { d: 0 }).message).toBe('Skriv et tall som er 1 eller mer');
    expect(only(definitionWith(numberQuestion('d', { max: 2.5, numberType: 'decimal' })), { d: 3 }).message).toBe('Skriv et tall som er 2,5 eller mindre');
  });

  it('refuses a decimal where a whole number is asked for', () => {
    expect(only(definitionWith(numberQuestion('d')), { d: 1.5 })).toMatchObject({ code: 'not_integer', message: 'Skriv et helt tall' });
    expect(check(definitionWith(numberQuestion('d', { numberType: 'decimal' })), { d: 1.5 })).toEqual([]);
  });

  it('refuses an age outside the question\'s limits, or 0–120 without them', () => {
    expect(only(definitionWith(ageQuestion('age', { min: 18, max: 99 })), { age: 16 }).message).toBe('Skriv et tall mellom 18 og 99');
    expect(only(definitionWith(ageQuestion('age')), { age: 130 }).message).toBe('Skriv et tall mellom 0 og 120');
  });

  it('counts the years of birth allowed from the submission year', () => {
    const definition = definitionWith(yearOfBirthQuestion('born', { minAge: 18, maxAge: 100 }));
    expect(check(definition, { born: 2007 })).toEqual([]);
    expect(check(definition, { born: 1925 })).toEqual([]);
    expect(only(definition, { born: 2008 })).toMatchObject({ code: 'out_of_range', message: 'Skriv et årstall mellom 1925 og 2007' });
  });

  it('refuses a municipality number that is not four digits, or not in the register when given', () => {
    const definition = definitionWith(municipalityQuestion('municipality'));
    expect(only(definition, { municipality: '301' })).toMatchObject({ code: 'invalid_municipality', message: 'Velg en kommune fra listen' });
    const options = { language: 'nb' as const, today, knownMunicipalities: new Set(['0301', '5001']) };
    expect(validateAnswers(definition, { municipality: '0302' }, options).map((problem) => problem.code)).toEqual(['invalid_municipality']);
    expect(validateAnswers(definition, { municipality: '0301' }, options)).toEqual([]);
  });

  it('refuses text over the limit, counting characters rather than UTF-16 units', () => {
    expect(only(definitionWith(textQuestion('e', 'long_text', { maxLength: 5 })), { e: 'seks t' })).toMatchObject({ code: 'too_long', message: 'Svaret er for langt. Skriv høyst 5 tegn' });
    expect(check(definitionWith(textQuestion('e', 'long_text', { maxLength: 5 })), { e: '🙂🙂🙂🙂🙂' })).toEqual([]);
    expect(only(definitionWith(textQuestion('e')), { e: 'x'.repeat(201) }).code).toBe('too_long');
  });

  it('refuses a date that does not exist or lies outside the limits', () => {
    const definition = definitionWith(dateQuestion('when', { min: '2024-01-01', max: '2024-12-31' }));
    expect(only(definition, { when: '2024-02-30' })).toMatchObject({ code: 'invalid_date', message: 'Skriv en dato som finnes' });
    expect(only(definition, { when: '2025-01-01' })).toMatchObject({ code: 'out_of_range', message: 'Skriv en dato mellom 01.01.2024 og 31.12.2024' });
  });

  it('asks for a required answer on a visible question', () => {
    expect(only(definitionWith(singleChoice('a', { required: true })), {})).toEqual({ variable: 'a', code: 'required', message: 'Velg ett svar' });
    expect(only(definitionWith(textQuestion('e', 'short_text', { required: true })), { e: '  ' }).message).toBe('Skriv et svar');
  });

  it('asks for every item of a required matrix', () => {
    expect(check(definitionWith(matrix('grid', ['grid_a', 'grid_b'], { required: true })), { grid_a: 2 }).map((problem) => problem.variable)).toEqual(['grid_b']);
  });

  it('does not ask for a required answer on a hidden question', () => {
    expect(check(definitionWith(singleChoice('a'), singleChoice('b', { required: true, condition: equals('a', 1) })), { a: 2 })).toEqual([]);
  });

  it('refuses an answer to a question its condition hides', () => {
    const definition = definitionWith(singleChoice('a'), singleChoice('b', { condition: equals('a', 1) }));
    expect(only(definition, { a: 2, b: 3 })).toMatchObject({ variable: 'b', code: 'answered_hidden_question' });
    expect(check(definition, { a: 2, b: null })).toEqual([]);
  });
});

describe('validateAnswers messages', () => {
  const definition = definitionWith(
    singleChoice('one', { required: true }),
    multipleChoice('several', { required: true }),
    numberQuestion('count', { min: 18, max: 99 }),
    yearOfBirthQuestion('born', { required: true }),
    municipalityQuestion('municipality', { required: true }),
    textQuestion('text', 'long_text', { maxLength: 3 }),
    dateQuestion('when', { required: true }),
  );
  const answers = { count: 5, text: 'abcd' };

  it.each<[Language, string[]]>([
    ['nb', ['Velg ett svar', 'Velg minst ett svar', 'Skriv et tall mellom 18 og 99', 'Skriv året du ble født', 'Velg kommune', 'Svaret er for langt. Skriv høyst 3 tegn', 'Skriv en dato']],
    ['nn', ['Vel eitt svar', 'Vel minst eitt svar', 'Skriv eit tal mellom 18 og 99', 'Skriv året du vart fødd', 'Vel kommune', 'Svaret er for langt. Skriv høgst 3 teikn', 'Skriv ein dato']],
    ['en', ['Choose one answer', 'Choose at least one answer', 'Write a number between 18 and 99', 'Write the year you were born', 'Choose a municipality', 'The answer is too long. Write at most 3 characters', 'Write a date']],
  ])('speaks plainly in %s', (language, messages) => {
    expect(check(definition, answers, language).map((problem) => problem.message)).toEqual(messages);
  });

  it.each<[Language, string]>([
    ['nb', 'Dette spørsmålet finnes ikke i skjemaet'],
    ['nn', 'Dette spørsmålet finst ikkje i skjemaet'],
    ['en', 'This question is not in the form'],
  ])('names an unknown question in %s', (language, message) => {
    expect(only(definitionWith(singleChoice('a')), { b: 1 }, language).message).toBe(message);
  });

  it.each<[Language, string]>([
    ['nb', 'Velg bare ett svar'],
    ['nn', 'Vel berre eitt svar'],
    ['en', 'Choose only one answer'],
  ])('asks for a single choice in %s when only one is allowed', (language, message) => {
    expect(only(definitionWith(multipleChoice('b', { maxSelections: 1 })), { b: [1, 2] }, language).message).toBe(message);
  });

  it.each<[Language, string]>([
    ['nb', 'Skriv en dato som er 31.12.2024 eller tidligere'],
    ['nn', 'Skriv ein dato som er 31.12.2024 eller tidlegare'],
    ['en', 'Write a date that is 2024-12-31 or earlier'],
  ])('writes dates as the reader expects in %s', (language, message) => {
    expect(only(definitionWith(dateQuestion('when', { max: '2024-12-31' })), { when: '2025-01-01' }, language).message).toBe(message);
  });
});
