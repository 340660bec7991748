import { AggregationRepository } from '@stemme/aggregation';
import { StudyAccessService } from '@stemme/identity';
import { DataSource } from 'typeorm';
import { SERVE_STALE_MS } from '../../apps/api/src/results/results-context';
import { definitionWith, municipalityQuestion, singleChoice } from '../../libs/questionnaire/src/testing/questionnaire-factory';
import { SeededRandom } from '../../libs/statistics/src/testing/seeded-random';
import { insertResponses, publishedStudy, randomResponses } from '../aggregation/support/cube-factories';
import { eventually } from '../aggregation/support/worker-apps';
import { createUser, loggedInAs, LoggedIn, loginAs } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';
import { studyWithResponses, StudyWithResponses } from './support/results-fixture';

describe('who may read which results', () => {
  let ctx: TestContext;
  let data: StudyWithResponses;
  let oslo: LoggedIn;
  let admin: LoggedIn;

  const evaluatorLimitedTo = async (municipalityCode: string | null, role: 'evaluator' | 'designer' = 'evaluator'): Promise<LoggedIn> => {
    const user = await createUser(ctx, { role });
    await ctx.app.get(StudyAccessService).grant(user.id, data.study.studyId, municipalityCode);
    return loginAs(ctx, user);
  };
  const results = (user: LoggedIn, query: string) => user.get(`/api/studies/${data.study.studyId}/results?question=q_trust&${query}`);

  beforeAll(async () => {
    ctx = await createTestApp();
    data = await studyWithResponses(ctx, { seed: 9, count: 1500 });
    oslo = await evaluatorLimitedTo('0301');
    admin = await loggedInAs(ctx, 'admin');
  });

  afterAll(async () => {
    await ctx.close();
  });

  it.each([
    'breakdown=national',
    'breakdown=age_band',
    'breakdown=age_band&ageBand=0',
    'breakdown=county&county=03',
    'breakdown=county_age_band&county=03',
    'breakdown=municipality&municipality=0301',
    'breakdown=municipality_age_band&municipality=0301&ageBand=1',
  ])('lets an evaluator limited to Oslo read %s', async (query) => {
    await results(oslo, query).expect(200);
  });

  it.each([
    'breakdown=county',
    'breakdown=county&county=46',
    'breakdown=county_age_band',
    'breakdown=municipality',
    'breakdown=municipality&county=03',
    'breakdown=municipality&municipality=4601',
    'breakdown=municipality_age_band&county=03',
  ])('refuses an evaluator limited to Oslo %s with 403', async (query) => {
    const response = await results(oslo, query).expect(403);
    expect(response.body.message).toMatch(/municipality 0301, its county and the whole country only/);
  });

  it('gives an evaluator limited to Oslo their own row only', async () => {
    const body = (await results(oslo, 'breakdown=municipality&municipality=0301').expect(200)).body;
    expect(body.rows.map((row: { group: { key: string } }) => row.group.key)).toEqual(['0301']);
  });

  it('gives an evaluator limited to a small municipality the pool that reports it', async () => {
    const etne = await evaluatorLimitedTo('4611');
    const body = (await etne.get(`/api/studies/${data.study.studyId}/results?question=q_trust&breakdown=municipality&municipality=4611`).expect(200)).body;
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0].group).toMatchObject({ kind: 'pool', key: 'county:46', label: { nb: 'Øvrige kommuner i Vestland' } });
    expect(body.rows[0].group.municipalityCodes).toContain('4611');
  });

  it('refuses cross-tabs of other places and the monitor to an evaluator limited to Oslo', async () => {
    const base = `/api/studies/${data.study.studyId}`;
    await oslo.get(`${base}/results/crosstab?question=q_trust&by=q_gender`).expect(200);
    await oslo.get(`${base}/results/crosstab?question=q_trust&by=q_gender&municipality=0301`).expect(200);
    await oslo.get(`${base}/results/crosstab?question=q_trust&by=q_gender&county=46`).expect(403);
    await oslo.get(`${base}/results/crosstab?question=q_trust&by=q_gender&municipality=4601`).expect(403);
    await oslo.get(`${base}/monitor`).expect(403);
    await oslo.post(`${base}/aggregation/rebuild`).expect(403);
  });

  it('refuses users without a grant to the study, and answers 404 for a study that does not exist', async () => {
    const stranger = await loggedInAs(ctx, 'designer');
    await results(stranger, 'breakdown=national').expect(403);
    await admin.get(`/api/studies/00000000-0000-4000-8000-000000000000/results?question=q_trust`).expect(404);
  });

  it('refuses bad queries: an unknown question, a filter the breakdown has no place for, an age band the study lacks, an unknown county', async () => {
    await results(admin, 'breakdown=nowhere').expect(400);
    await admin.get(`/api/studies/${data.study.studyId}/results?question=q_missing`).expect(404);
    await results(admin, 'breakdown=county&ageBand=0').expect(400);
    await results(admin, 'breakdown=age_band&ageBand=40').expect(400);
    await results(admin, 'breakdown=county&county=99').expect(404);
  });

  it('says a municipality question has no statistics (422)', async () => {
    const dataSource = ctx.app.get(DataSource);
    const study = await publishedStudy(dataSource, { definition: definitionWith(singleChoice('q1'), municipalityQuestion('q_home')) });
    await admin.get(`/api/studies/${study.studyId}/results?question=q_home`).expect(422);
  });

  it('answers zeros, not an error, for a study nobody has answered yet', async () => {
    const study = await publishedStudy(ctx.app.get(DataSource));
    const body = (await admin.get(`/api/studies/${study.studyId}/results?question=q_trust&breakdown=municipality`).expect(200)).body;
    expect(body.rows).toEqual([]);
    expect(body.total).toMatchObject({ respondents: { value: 0 }, base: { value: 0 }, summary: { value: { n: 0, mean: null } } });
    expect(body.freshness).toEqual({ responsesCounted: 0, lastFoldedAt: null, checkedAt: null, rebuiltAt: null });
  });

  it('answers from the cube as folded: new responses change nothing until a fold counts them, and the freshness says when that was', async () => {
    const read = async () => {
      const body = (await results(admin, 'breakdown=national').expect(200)).body;
      expect(body.total.respondents.value).toBe(body.freshness.responsesCounted);
      return body;
    };
    const before = await read();
    expect(before.total.respondents).toEqual({ value: 1500 });
    const state = await ctx.app.get(AggregationRepository).findState(data.study.studyId);
    expect(before.freshness).toEqual({ responsesCounted: 1500, lastFoldedAt: state!.foldedAt!.toISOString(), checkedAt: state!.checkedAt!.toISOString(), rebuiltAt: null });

    await insertResponses(ctx.app.get(DataSource), data.study, randomResponses(new SeededRandom(10), data.study, 20));
    const unfolded = await read();
    expect(unfolded.total.respondents).toEqual({ value: 1500 });
    expect(unfolded.freshness.responsesCounted).toBe(1500);

    await ctx.app.get(AggregationRepository).fold(data.study.studyId);
    // A table computed under a second ago may still be served while the new one is computed;
    // whatever is served says which fold it shows.
    const after = await eventually('the folded responses in the figures', read, (body) => body.total.respondents.value === 1520, 5000);
    expect(after.freshness.responsesCounted).toBe(1520);
    expect(Date.parse(after.freshness.lastFoldedAt)).toBeGreaterThan(Date.parse(before.freshness.lastFoldedAt));
  });

  it('serves a repeated question the same bytes (304 to a client that has them) and, after a fold, the new figures, never the kept answer', async () => {
    const query = 'breakdown=municipality_age_band&county=03';
    // A table computed under a second ago may be served once more after a fold (the test before
    // this one folds): wait that out, so that the first answer is the current cube's.
    await new Promise((resolve) => setTimeout(resolve, SERVE_STALE_MS + 100));
    const first = await results(admin, query).expect(200);
    const state = await ctx.app.get(AggregationRepository).findState(data.study.studyId);
    expect(first.body.freshness.lastFoldedAt).toBe(state!.foldedAt!.toISOString());
    expect(first.headers['content-type']).toMatch(/^application\/json; charset=utf-8/);
    const again = await results(admin, query).expect(200);
    expect(again.text).toBe(first.text);
    expect(again.headers.etag).toBe(first.headers.etag);
    await results(admin, query).set('If-None-Match', first.headers.etag).expect(304);

    const counted = first.body.freshness.responsesCounted;
    await insertResponses(ctx.app.get(DataSource), data.study, randomResponses(new SeededRandom(11), data.study, 10));
    await ctx.app.get(AggregationRepository).fold(data.study.studyId);
    // Past the time a table may still be served while its successor is computed.
    await new Promise((resolve) => setTimeout(resolve, SERVE_STALE_MS + 100));
    const after = await results(admin, query).expect(200);
    expect(after.body.freshness.responsesCounted).toBe(counted + 10);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    const national = (await results(admin, 'breakdown=national').expect(200)).body;
    expect(national.total.respondents).toEqual({ value: counted + 10 });
  });
});
