import { loggedInAs, LoggedIn } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';
import { BREAKDOWN_NAMES, QUESTIONS, studyWithResponses, StudyWithResponses } from './support/results-fixture';
import { ApiGroup, expectedFigures, isHidden, membersOf, Published } from './support/results-oracle';

interface ApiRow {
  group: ApiGroup;
  respondents: Published;
  base: Published;
  dontKnow: Published | null;
  missing: Published;
  options?: { code: number; count: Published; percent: Published<number | null>; interval: Published<{ lower: number; upper: number } | null> }[];
  summary?: Published<{ n: number; mean: number | null; standardDeviation: number | null; median: number | null; meanInterval: { lower: number; upper: number } | null }>;
}

const THRESHOLD = 5;

describe('statistics from the count cube against a plain computation over the raw responses', () => {
  let ctx: TestContext;
  let admin: LoggedIn;
  let data: StudyWithResponses;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await loggedInAs(ctx, 'admin');
    data = await studyWithResponses(ctx, { seed: 2026, count: 3000, threshold: THRESHOLD, reportingMinimum: 10 });
  });

  afterAll(async () => {
    await ctx.close();
  });

  const closeTo = (actual: number | null, expected: number | null) => {
    if (expected === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(expected, 9);
  };

  describe.each(BREAKDOWN_NAMES)('by %s', (breakdown) => {
    it.each(QUESTIONS)('gives every figure of %s as the raw responses do, and hides every group under the threshold with all its figures', async (question) => {
      const body = (await admin.get(`/api/studies/${data.study.studyId}/results?question=${question}&breakdown=${breakdown}`).expect(200)).body;
      const rows: ApiRow[] = [...body.rows, body.total];
      let hidden = 0;
      for (const row of rows) {
        const expected = expectedFigures(data.study, question, membersOf(data.responses, row.group));
        const figures = [row.base, row.missing, ...(row.dontKnow ? [row.dontKnow] : []), ...(row.summary ? [row.summary] : []), ...(row.options ?? []).flatMap((option) => [option.count, option.percent, option.interval])];
        if (isHidden(row.respondents)) {
          hidden += 1;
          expect(figures.every((figure) => JSON.stringify(figure) === JSON.stringify(row.respondents))).toBe(true);
          continue;
        }
        const value = <T>(figure: Published<T>): T => (figure as { value: T }).value;
        expect(expected.respondents === 0 || expected.respondents >= THRESHOLD).toBe(true);
        expect(value(row.respondents)).toBe(expected.respondents);
        expect(value(row.base)).toBe(expected.base);
        expect(value(row.missing)).toBe(expected.missing);
        if (row.dontKnow) expect(value(row.dontKnow)).toBe(expected.dontKnow);
        for (const [index, option] of (row.options ?? []).entries()) {
          expect(option.code).toBe(expected.options[index].code);
          expect(value(option.count)).toBe(expected.options[index].count);
          closeTo(value(option.percent), expected.options[index].percent);
          closeTo(value(option.interval)?.lower ?? null, expected.options[index].interval?.lower ?? null);
          closeTo(value(option.interval)?.upper ?? null, expected.options[index].interval?.upper ?? null);
        }
        if (expected.summary) {
          const summary = value(row.summary!);
          expect(summary.n).toBe(expected.summary.n);
          closeTo(summary.mean, expected.summary.mean);
          closeTo(summary.standardDeviation, expected.summary.standardDeviation);
          closeTo(summary.median, expected.summary.median);
          closeTo(summary.meanInterval?.lower ?? null, expected.summary.meanInterval?.lower ?? null);
          closeTo(summary.meanInterval?.upper ?? null, expected.summary.meanInterval?.upper ?? null);
        }
      }
      if (breakdown === 'municipality_age_band') expect(hidden).toBeGreaterThan(0);
      expect(body.footnotes[0]).toEqual({ nb: 'Grupper med færre enn 5 svar vises ikke. Der et skjult tall kunne ha blitt regnet ut fra summene, er også andre tall skjult.', en: expect.any(String) });
    });
  });

  it('lists every respondent in exactly one group of each breakdown (municipalities too small for a report aside)', async () => {
    for (const breakdown of BREAKDOWN_NAMES) {
      const body = (await admin.get(`/api/studies/${data.study.studyId}/results?question=q_trust&breakdown=${breakdown}`).expect(200)).body;
      const counted = (body.rows as ApiRow[]).reduce((total, row) => total + membersOf(data.responses, row.group).length, 0);
      expect(counted).toBe(breakdown.startsWith('county') ? data.responses.filter((response) => response.countyCode !== null).length : data.responses.length);
    }
  });
});
