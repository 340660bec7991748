import { ageBandProblems } from './age-bands';

describe('ageBandProblems', () => {
  it('accepts disjoint bands in any order, with gaps and an open-ended last band', () => {
    expect(ageBandProblems([{ min: 67, max: null }, { min: 16, max: 24 }, { min: 25, max: 44 }])).toEqual([]);
  });

  it('accepts a single-year band and a band ending at 105', () => {
    expect(ageBandProblems([{ min: 18, max: 18 }, { min: 90, max: 105 }])).toEqual([]);
  });

  it('refuses an empty list', () => {
    expect(ageBandProblems([])).toEqual([{ path: 'bands', message: expect.stringContaining('at least one') }]);
  });

  it('refuses ages outside 0–105, fractions and a max below the min', () => {
    const problems = ageBandProblems([{ min: -1, max: 10 }, { min: 20, max: 106 }, { min: 30.5, max: 40 }, { min: 50, max: 49 }]);
    expect(problems.map((problem) => problem.path)).toEqual(['bands[0].min', 'bands[1].max', 'bands[2].min', 'bands[3].max']);
  });

  it('refuses overlapping bands, which would count people twice', () => {
    expect(ageBandProblems([{ min: 20, max: 30 }, { min: 30, max: 40 }])).toEqual([{ path: 'bands[1]', message: 'overlaps bands[0]' }]);
    expect(ageBandProblems([{ min: 70, max: 80 }, { min: 60, max: null }])).toEqual([{ path: 'bands[0]', message: 'overlaps bands[1]' }]);
  });
});
