import { StudyAccessService } from '@stemme/identity';
import { createUser, loggedInAs, LoggedIn, loginAs } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';
import { studyWithResponses, StudyWithResponses } from './support/results-fixture';
import { isHidden, Published } from './support/results-oracle';

interface CrossTabRow {
  base: Published;
  counts: Published[];
  percents: Published<number | null>[];
}

const THRESHOLD = 5;

describe('cross-tabs and the response monitor', () => {
  let ctx: TestContext;
  let admin: LoggedIn;
  let data: StudyWithResponses;
  let base: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await loggedInAs(ctx, 'admin');
    data = await studyWithResponses(ctx, { seed: 31, count: 1800, threshold: THRESHOLD });
    base = `/api/studies/${data.study.studyId}`;
  });

  afterAll(async () => {
    await ctx.close();
  });

  const slot = (variable: string) => data.study.layout.slots.find((candidate) => candidate.variable === variable)!.index;

  /** Pairs counted the plain way: respondents who gave `answer` to q_trust and `background` to q_gender. */
  const pairCount = (members: typeof data.responses, background: number, answer: number) =>
    members.filter((response) => response.answers[slot('q_gender')] === background && response.answers[slot('q_trust')] === answer).length;

  it('counts a Likert question against a background question as the raw responses do, hiding background groups under the threshold', async () => {
    const body = (await admin.get(`${base}/results/crosstab?question=q_trust&by=q_gender`).expect(200)).body;
    expect(body.question.options.map((option: { code: number }) => option.code)).toEqual([1, 2, 3, 4, 5]);
    expect(body.by.options.map((option: { code: number }) => option.code)).toEqual([1, 2, 3]);
    const check = (row: CrossTabRow, backgrounds: number[]) => {
      const counts = [1, 2, 3, 4, 5].map((answer) => backgrounds.reduce((total, background) => total + pairCount(data.responses, background, answer), 0));
      const rowBase = counts.reduce((a, b) => a + b, 0);
      if (isHidden(row.base)) {
        expect(row.counts.every(isHidden)).toBe(true);
        return;
      }
      expect(rowBase === 0 || rowBase >= THRESHOLD).toBe(true);
      expect(row.base).toEqual({ value: rowBase });
      row.counts.forEach((count, index) => {
        if (!isHidden(count)) expect(count).toEqual({ value: counts[index] });
      });
      row.percents.forEach((percent, index) => {
        if (!isHidden(percent)) expect((percent as { value: number }).value).toBeCloseTo((100 * counts[index]) / rowBase, 9);
      });
    };
    (body.rows as CrossTabRow[]).forEach((row, index) => check(row, [index + 1]));
    check(body.total, [1, 2, 3]);
    expect(body.footnote.en).toMatch(/fewer than 5/);
  });

  it('cross-tabs the pool of a small municipality when asked for that municipality', async () => {
    const body = (await admin.get(`${base}/results/crosstab?question=q_trust&by=q_gender&municipality=4611`).expect(200)).body;
    expect(body.municipalityCodes).toContain('4611');
    const members = data.responses.filter((response) => response.municipalityCode !== null && body.municipalityCodes.includes(response.municipalityCode));
    const total = [1, 2, 3].reduce((sum, background) => sum + [1, 2, 3, 4, 5].reduce((inner, answer) => inner + pairCount(members, background, answer), 0), 0);
    expect(body.total.base).toEqual({ value: total });
  });

  it('refuses to cross-tabulate a multiple-choice question (422)', async () => {
    await admin.get(`${base}/results/crosstab?question=q_channels&by=q_gender`).expect(422);
  });

  it('gives designers the real number of responses per municipality and per day, small ones too', async () => {
    const designer = await createUser(ctx, { role: 'designer' });
    await ctx.app.get(StudyAccessService).grant(designer.id, data.study.studyId);
    const body = (await (await loginAs(ctx, designer)).get(`${base}/monitor`).expect(200)).body;
    expect(body.responses).toBe(1800);
    const expectedPlaces = new Map<string, number>();
    const expectedDays = new Map<string, number>();
    for (const response of data.responses) {
      const key = `${response.municipalityCode}|${response.countyCode}`;
      expectedPlaces.set(key, (expectedPlaces.get(key) ?? 0) + 1);
      expectedDays.set(response.submittedOn, (expectedDays.get(response.submittedOn) ?? 0) + 1);
    }
    const places = new Map<string, number>(body.municipalities.map((place: { municipalityCode: string | null; countyCode: string | null; responses: number }) => [`${place.municipalityCode}|${place.countyCode}`, place.responses]));
    expect(places).toEqual(expectedPlaces);
    expect(Math.min(...places.values())).toBeLessThan(10);
    expect(body.days).toEqual([...expectedDays].sort(([a], [b]) => a.localeCompare(b)).map(([date, responses]) => ({ date, responses })));
    expect(body.note.en).toMatch(/must not be published/);
  });

  it('keeps the monitor from evaluators and from anyone limited to one municipality', async () => {
    await (await loggedInAs(ctx, 'evaluator')).get(`${base}/monitor`).expect(403);
    const limited = await createUser(ctx, { role: 'designer' });
    await ctx.app.get(StudyAccessService).grant(limited.id, data.study.studyId, '0301');
    await (await loginAs(ctx, limited)).get(`${base}/monitor`).expect(403);
  });
});
