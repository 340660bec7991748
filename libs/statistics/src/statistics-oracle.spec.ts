import { GROUP_BY, GroupBy, rollUp } from './cube/roll-up';
import { studentTQuantile } from './distributions/student-t';
import { summarizeChoices } from './summaries/choice-summary';
import { summarizeScale, summarizeValues } from './summaries/value-summary';
import { CHANNEL_CODES, cubeFromRespondents, LIKERT_CODES, LIKERT_SCORES, randomRespondents, RawRespondent, TEST_COUNTY_OF } from './testing/respondents';
import { SeededRandom } from './testing/seeded-random';

// The independent oracle: plain computations over raw respondent rows, compared with the same
// figures reached through cube cells → rollUp → summaries.
const respondents = randomRespondents(new SeededRandom(2024), 4000);
const cells = cubeFromRespondents(respondents);

function membersOf(group: { area?: string; ageBand?: string }, groupBy: GroupBy): RawRespondent[] {
  return respondents.filter((respondent) => {
    const area = groupBy.area === 'national' ? undefined : groupBy.area === 'municipality' ? respondent.municipalityCode : TEST_COUNTY_OF.get(respondent.municipalityCode);
    return area === group.area && (groupBy.byAgeBand ? respondent.ageBand === group.ageBand : true);
  });
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const sampleStandardDeviation = (values: number[]): number => {
  const centre = mean(values);
  return Math.sqrt(values.reduce((total, value) => total + (value - centre) ** 2, 0) / (values.length - 1));
};
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const BREAKDOWNS: Array<[string, GroupBy]> = [
  ['national', GROUP_BY.national],
  ['age band', GROUP_BY.ageBand],
  ['county', GROUP_BY.county(TEST_COUNTY_OF)],
  ['municipality', GROUP_BY.municipality],
  ['municipality × age band', GROUP_BY.municipalityByAgeBand],
  ['county × age band', GROUP_BY.countyByAgeBand(TEST_COUNTY_OF)],
];

describe.each(BREAKDOWNS)('figures by %s agree with a direct computation over the raw rows', (_, groupBy) => {
  const groups = rollUp(cells, groupBy);

  it('for a number question: n, mean, SD, median and the t interval of the mean', () => {
    for (const group of groups.filter((candidate) => candidate.variable === 'age')) {
      const values = membersOf(group, groupBy).flatMap((respondent) => (respondent.answers.age.kind === 'number' ? [respondent.answers.age.value] : []));
      const summary = summarizeValues(group.tally.values!);
      expect(summary.n).toBe(values.length);
      expect(summary.mean).toBeCloseTo(mean(values), 9);
      expect(summary.median).toBe(median(values));
      if (values.length < 2) continue;
      expect(summary.standardDeviation).toBeCloseTo(sampleStandardDeviation(values), 9);
      const halfWidth = (studentTQuantile(0.975, values.length - 1) * sampleStandardDeviation(values)) / Math.sqrt(values.length);
      expect(summary.meanInterval?.lower).toBeCloseTo(mean(values) - halfWidth, 9);
    }
  });

  it("for a Likert scale: the mean without don't know, and percents of the base", () => {
    for (const group of groups.filter((candidate) => candidate.variable === 'trust')) {
      const answers = membersOf(group, groupBy).map((respondent) => respondent.answers.trust);
      const scores = answers.flatMap((answer) => (answer.kind === 'choice' ? [Number(answer.codes[0])] : []));
      const scale = summarizeScale(group.tally, LIKERT_SCORES);
      expect(scale.n).toBe(scores.length);
      if (scores.length > 0) expect(scale.mean).toBeCloseTo(mean(scores), 9);
      const choices = summarizeChoices(group.tally, LIKERT_CODES);
      expect(choices.dontKnow).toBe(answers.filter((answer) => answer.kind === 'dont_know').length);
      expect(choices.missing).toBe(answers.filter((answer) => answer.kind === 'missing').length);
      for (const option of choices.options) {
        const chosen = scores.filter((score) => String(score) === option.code).length;
        expect(option.count).toBe(chosen);
        if (scores.length > 0) expect(option.percent).toBeCloseTo((100 * chosen) / scores.length, 9);
      }
    }
  });

  it('for multiple choice: each option as a percent of those who answered', () => {
    for (const group of groups.filter((candidate) => candidate.variable === 'channels')) {
      const answered = membersOf(group, groupBy).flatMap((respondent) => {
        const answer = respondent.answers.channels;
        return answer.kind === 'choice' && answer.codes.length > 0 ? [answer.codes] : [];
      });
      const choices = summarizeChoices(group.tally, CHANNEL_CODES);
      expect(choices.base).toBe(answered.length);
      for (const option of choices.options) {
        const ticked = answered.filter((codes) => codes.includes(option.code)).length;
        expect(option.count).toBe(ticked);
        if (answered.length > 0) expect(option.percent).toBeCloseTo((100 * ticked) / answered.length, 9);
      }
    }
  });
});
