import { cubeFromRespondents, randomRespondents, TEST_COUNTY_OF } from '../testing/respondents';
import { SeededRandom } from '../testing/seeded-random';
import { CubeCell, GROUP_BY, GroupTally, rollUp } from './roll-up';
import { sumTallies, Tally } from './tally';

const cells = cubeFromRespondents(randomRespondents(new SeededRandom(11), 3000));
const tallyOf = (groups: GroupTally[], variable: string, where: Partial<GroupTally> = {}): Tally => {
  const found = groups.filter((group) => group.variable === variable && group.area === where.area && group.ageBand === where.ageBand);
  expect(found).toHaveLength(1);
  return found[0].tally;
};

describe('rollUp', () => {
  it('makes each county the sum of its municipalities', () => {
    const counties = rollUp(cells, GROUP_BY.county(TEST_COUNTY_OF));
    const municipalities = rollUp(cells, GROUP_BY.municipality);
    for (const county of new Set(TEST_COUNTY_OF.values())) {
      const members = municipalities.filter((group) => group.variable === 'age' && TEST_COUNTY_OF.get(group.area as string) === county);
      expect(tallyOf(counties, 'age', { area: county })).toEqual(sumTallies(members.map((group) => group.tally)));
    }
  });

  it('gives the same national figures from every breakdown', () => {
    for (const variable of ['age', 'trust', 'channels']) {
      const national = tallyOf(rollUp(cells, GROUP_BY.national), variable);
      for (const groupBy of [GROUP_BY.ageBand, GROUP_BY.municipality, GROUP_BY.municipalityByAgeBand, GROUP_BY.county(TEST_COUNTY_OF), GROUP_BY.countyByAgeBand(TEST_COUNTY_OF)]) {
        const groups = rollUp(cells, groupBy).filter((group) => group.variable === variable);
        expect(sumTallies(groups.map((group) => group.tally))).toEqual(national);
      }
    }
  });

  it('makes each county × age band group the sum of its municipality × age band groups', () => {
    const countyByAge = rollUp(cells, GROUP_BY.countyByAgeBand(TEST_COUNTY_OF));
    const municipalityByAge = rollUp(cells, GROUP_BY.municipalityByAgeBand);
    for (const group of countyByAge.filter((candidate) => candidate.variable === 'trust')) {
      const members = municipalityByAge.filter(
        (member) => member.variable === 'trust' && member.ageBand === group.ageBand && TEST_COUNTY_OF.get(member.area as string) === group.area,
      );
      expect(group.tally).toEqual(sumTallies(members.map((member) => member.tally)));
    }
  });

  it('keeps variables apart, adds questionnaire versions together and names only the dimensions asked for', () => {
    const cell = (questionnaireVersionId: string, variable: string, answered: number): CubeCell => ({
      questionnaireVersionId,
      variable,
      municipalityCode: '0301',
      ageBand: '18-29',
      tally: { answered, dontKnow: 0, missing: 0, options: {} },
    });
    const groups = rollUp([cell('v1', 'q1', 2), cell('v2', 'q1', 3), cell('v1', 'q2', 7)], GROUP_BY.national);
    expect(groups).toEqual([
      { variable: 'q1', tally: { answered: 5, dontKnow: 0, missing: 0, options: {} } },
      { variable: 'q2', tally: { answered: 7, dontKnow: 0, missing: 0, options: {} } },
    ]);
  });

  it('refuses a municipality that the county map does not know', () => {
    const unknown: CubeCell = { questionnaireVersionId: 'v1', variable: 'q', municipalityCode: '9999', ageBand: '18-29', tally: { answered: 1, dontKnow: 0, missing: 0, options: {} } };
    expect(() => rollUp([unknown], GROUP_BY.county(TEST_COUNTY_OF))).toThrow(/Municipality 9999 has no area/);
  });
});
