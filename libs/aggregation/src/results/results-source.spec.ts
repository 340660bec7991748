import { BadInputError, NotFoundError } from '@stemme/platform';
import { definitionWith, likert, singleChoice } from '../../../questionnaire/src/testing/questionnaire-factory';
import { questionnaireAsking, RegisterGeography } from './results-source';

const trust = { id: 'trust', versions: [{ definition: definitionWith(likert('q_trust'), singleChoice('q_home')) }] };
const habits = { id: 'habits', versions: [{ definition: definitionWith(singleChoice('q_sport')) }, { definition: definitionWith(singleChoice('q_sport'), singleChoice('q_home')) }] };

describe('questionnaireAsking', () => {
  it('picks the one questionnaire whose versions ask every variable, whichever version asks it', () => {
    expect(questionnaireAsking([trust, habits], ['q_sport']).id).toBe('habits');
    expect(questionnaireAsking([trust, habits], ['q_trust', 'q_home']).id).toBe('trust');
  });

  it('finds nothing when no questionnaire asks a variable, and asks which when two do', () => {
    expect(() => questionnaireAsking([trust, habits], ['q_trust', 'q_sport'])).toThrow(NotFoundError);
    expect(() => questionnaireAsking([trust, habits], ['q_home'])).toThrow(BadInputError);
  });
});

describe('RegisterGeography', () => {
  it('reads the register once, and again only after a failed read', async () => {
    let reads = 0;
    const register = {
      listMunicipalities: async () => {
        reads++;
        if (reads === 1) throw new Error('database away');
        return [{ code: '4601', countyCode: '46', name: 'Bergen' }];
      },
      listCounties: async () => [{ code: '46', name: 'Vestland' }],
    };
    const geography = new RegisterGeography(register);

    await expect(geography.get()).rejects.toThrow('database away');
    const loaded = await geography.get();
    expect(await geography.get()).toBe(loaded);
    expect(reads).toBe(2);
    expect([loaded.countyOf.get('4601'), loaded.municipalityName.get('4601'), loaded.countyName.get('46')]).toEqual(['46', 'Bergen', 'Vestland']);
  });
});
