import { definitionWith, equals, ageQuestion, singleChoice, yearOfBirthQuestion } from '../testing/questionnaire-factory';
import { ageBandFor, ageFromYearOfBirth, DEFAULT_AGE_BANDS, validateAgeBands, type AgeBand } from './age-bands';
import { respondentAge } from './respondent-age';

describe('ageBandFor', () => {
  it.each([
    [18, '18–23'],
    [23, '18–23'],
    [24, '24–29'],
    [39, '30–39'],
    [69, '60–69'],
    [70, '70+'],
    [104, '70+'],
  ])('puts age %i in band %s', (age, label) => {
    expect(ageBandFor(age)?.label).toBe(label);
  });

  it('finds no band below the youngest, or for a missing age', () => {
    expect(ageBandFor(17)).toBeUndefined();
    expect(ageBandFor(Number.NaN)).toBeUndefined();
  });

  it('uses the bands it is given', () => {
    expect(ageBandFor(15, [{ label: 'young', min: 0, max: 17 }])?.label).toBe('young');
  });
});

describe('ageFromYearOfBirth', () => {
  it('gives the age reached during the submission year, whatever the day', () => {
    expect(ageFromYearOfBirth(2000, '2024-01-01')).toBe(24);
    expect(ageFromYearOfBirth(2000, '2024-12-31')).toBe(24);
    expect(ageFromYearOfBirth(2000, '2025-01-01')).toBe(25);
  });

  it('refuses a submission date that is not a calendar date', () => {
    expect(() => ageFromYearOfBirth(2000, '2024-13-01')).toThrow(RangeError);
  });
});

describe('respondentAge', () => {
  it('reads the age question', () => {
    expect(respondentAge(definitionWith(ageQuestion('age')), { age: 44 }, '2025-06-01')).toBe(44);
  });

  it('turns a year of birth into an age at the submission year', () => {
    expect(respondentAge(definitionWith(yearOfBirthQuestion('born')), { born: 1980 }, '2025-06-01')).toBe(45);
  });

  it('ignores an age given to a hidden question', () => {
    const definition = definitionWith(singleChoice('tell_age'), ageQuestion('age', { condition: equals('tell_age', 1) }));
    expect(respondentAge(definition, { tell_age: 2, age: 44 }, '2025-06-01')).toBeUndefined();
  });
});

describe('validateAgeBands', () => {
  const bands = (...ranges: Array<[number, number | null]>): AgeBand[] => ranges.map(([min, max]) => ({ label: `${min}-${max ?? ''}`, min, max }));
  const codesAndPaths = (input: AgeBand[]) => validateAgeBands(input).map((problem) => [problem.code, problem.path]);

  it('accepts the default bands', () => {
    expect(validateAgeBands(DEFAULT_AGE_BANDS)).toEqual([]);
  });

  it('refuses an empty list', () => {
    expect(codesAndPaths([])).toEqual([['no_bands', '$']]);
  });

  it('finds a gap between bands', () => {
    expect(codesAndPaths(bands([18, 23], [25, 29]))).toEqual([['gap', '$[1].min']]);
    expect(validateAgeBands(bands([18, 23], [26, 29]))[0].message).toBe('Ages 24–25 fall in no band.');
  });

  it('finds overlapping bands', () => {
    expect(codesAndPaths(bands([18, 25], [24, 29]))).toEqual([['overlap', '$[1].min']]);
  });

  it('finds bands out of order', () => {
    expect(codesAndPaths(bands([30, 39], [18, 29]))).toEqual([['not_sorted', '$[1].min']]);
  });

  it('allows only the last band to be open-ended', () => {
    expect(codesAndPaths(bands([18, null], [30, 39]))).toEqual([['open_band_not_last', '$[0].max']]);
  });

  it('refuses a band that ends before it starts, or fractional ages', () => {
    expect(codesAndPaths(bands([30, 20]))).toEqual([['invalid_range', '$[0]']]);
    expect(codesAndPaths(bands([18.5, 20]))).toEqual([['invalid_range', '$[0]']]);
  });

  it('needs a label on every band, each one different', () => {
    expect(codesAndPaths([{ label: ' ', min: 18, max: 29 }, { label: '30+', min: 30, max: 39 }, { label: '30+', min: 40, max: null }])).toEqual([
      ['missing_label', '$[0].label'],
      ['duplicate_label', '$[2].label'],
    ]);
  });
});
