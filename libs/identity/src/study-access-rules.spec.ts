import { studyScope } from './study-access-rules';

describe('studyScope', () => {
  it('gives an admin the whole study without any grant', () => {
    expect(studyScope('admin', null)).toEqual({ municipalityCode: null });
  });

  it('gives an admin the whole study even when a grant names a municipality', () => {
    expect(studyScope('admin', { municipalityCode: '0301' })).toEqual({ municipalityCode: null });
  });

  it('gives a designer or an evaluator without a grant no access', () => {
    expect(studyScope('designer', null)).toBeNull();
    expect(studyScope('evaluator', null)).toBeNull();
  });

  it('gives an evaluator with an unlimited grant the whole study', () => {
    expect(studyScope('evaluator', { municipalityCode: null })).toEqual({ municipalityCode: null });
  });

  it('limits an evaluator with a municipality grant to that municipality', () => {
    expect(studyScope('evaluator', { municipalityCode: '4601' })).toEqual({ municipalityCode: '4601' });
  });
});
