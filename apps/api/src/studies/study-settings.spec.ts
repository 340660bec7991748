import { DEFAULT_AGE_BANDS } from '@stemme/questionnaire';
import { checkStudySettings } from './study-settings';

const valid = { disclosureThreshold: 5, reportingMinimum: 10, ageBands: DEFAULT_AGE_BANDS, languages: ['nb', 'en'] as const };

describe('checkStudySettings', () => {
  it('accepts the defaults', () => {
    expect(checkStudySettings({ ...valid, languages: [...valid.languages] })).toEqual([]);
  });

  it('refuses a study without bokmål', () => {
    expect(checkStudySettings({ ...valid, languages: ['en'] })).toEqual([{ path: 'languages', message: expect.stringContaining('bokmål') }]);
  });

  it('refuses a reporting minimum below the disclosure threshold', () => {
    expect(checkStudySettings({ ...valid, languages: ['nb'], reportingMinimum: 3 })).toEqual([
      { path: 'reportingMinimum', message: expect.stringContaining('cannot be lower than the disclosure threshold (5)') },
    ]);
  });

  it('names the age band that leaves a gap', () => {
    const bands = [
      { label: '18–23', min: 18, max: 23 },
      { label: '25+', min: 25, max: null },
    ];
    const problems = checkStudySettings({ ...valid, languages: ['nb'], ageBands: bands });
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toMatch(/^ageBands\[1\]/);
  });
});
