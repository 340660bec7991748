import { sizeClassesLabel, sizeClassFor } from './size-classes';

describe('sizeClassFor', () => {
  it.each([
    [0, 'under_5000'],
    [4999, 'under_5000'],
    [5000, '5000_to_19999'],
    [19999, '5000_to_19999'],
    [20000, '20000_to_99999'],
    [99999, '20000_to_99999'],
    [100000, '100000_and_over'],
    [717710, '100000_and_over'],
  ])('puts a municipality of %p inhabitants in %p', (population, sizeClass) => {
    expect(sizeClassFor(population)).toBe(sizeClass);
  });

  it('refuses a population that is not a whole number of 0 or more', () => {
    expect(() => sizeClassFor(-1)).toThrow(RangeError);
  });
});

describe('sizeClassesLabel', () => {
  it('names the population range of the classes pooled', () => {
    expect(sizeClassesLabel(['under_5000'])).toEqual({ nb: 'Kommuner med under 5\u00a0000 innbyggere', en: 'Municipalities with fewer than 5,000 inhabitants' });
    expect(sizeClassesLabel(['5000_to_19999']).nb).toBe('Kommuner med 5\u00a0000–19\u00a0999 innbyggere');
    expect(sizeClassesLabel(['under_5000', '5000_to_19999']).en).toBe('Municipalities with fewer than 20,000 inhabitants');
    expect(sizeClassesLabel(['100000_and_over']).nb).toBe('Kommuner med 100\u00a0000 innbyggere eller flere');
    expect(sizeClassesLabel(['under_5000', '5000_to_19999', '20000_to_99999', '100000_and_over']).en).toBe('Municipalities of all sizes');
  });
});
