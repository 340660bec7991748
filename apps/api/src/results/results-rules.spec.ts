import { BadInputError, ForbiddenError } from '@stemme/platform';
import { assertFiltersFit, assertWithinScope } from './results-rules';

const oslo = { municipalityCode: '0301', countyCode: '03' };

describe('assertWithinScope', () => {
  it('lets anyone with the whole study read anything', () => {
    expect(() => assertWithinScope(null, 'municipality', {})).not.toThrow();
  });

  it('lets an evaluator limited to a municipality read the nation, also by age band', () => {
    expect(() => assertWithinScope(oslo, 'national', {})).not.toThrow();
    expect(() => assertWithinScope(oslo, 'age_band', { ageBand: 1 })).not.toThrow();
  });

  it('lets them read their county and their municipality, filtered to them', () => {
    expect(() => assertWithinScope(oslo, 'county', { county: '03' })).not.toThrow();
    expect(() => assertWithinScope(oslo, 'municipality_age_band', { municipality: '0301', county: '03' })).not.toThrow();
  });

  it('refuses breakdowns that would list other counties or municipalities', () => {
    expect(() => assertWithinScope(oslo, 'county', {})).toThrow(ForbiddenError);
    expect(() => assertWithinScope(oslo, 'municipality', { county: '03' })).toThrow(ForbiddenError);
  });

  it('refuses another county or municipality', () => {
    expect(() => assertWithinScope(oslo, 'county', { county: '46' })).toThrow(ForbiddenError);
    expect(() => assertWithinScope(oslo, 'municipality', { municipality: '4601' })).toThrow(ForbiddenError);
  });
});

describe('assertFiltersFit', () => {
  it('refuses a filter on a dimension the breakdown does not list', () => {
    expect(() => assertFiltersFit('national', { county: '03' })).toThrow(BadInputError);
    expect(() => assertFiltersFit('county', { ageBand: 0 })).toThrow(BadInputError);
  });

  it('accepts filters the breakdown lists', () => {
    expect(() => assertFiltersFit('municipality_age_band', { county: '03', municipality: '0301', ageBand: 2 })).not.toThrow();
  });
});
