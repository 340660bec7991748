import { INestApplication } from '@nestjs/common';
import { StudyAccessService } from '@stemme/identity';
import { DataSource } from 'typeorm';
import { SeededRandom } from '../../libs/statistics/src/testing/seeded-random';
import { createUser, loggedInAs, loginAs } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';
import { insertResponses, publishedStudy, randomResponses } from './support/cube-factories';
import { cubeOf, entries, expectedCube } from './support/cube-oracle';
import { eventually, startWorker } from './support/worker-apps';

describe('rebuilding a study’s cube on demand', () => {
  let ctx: TestContext;
  let worker: INestApplication | undefined;

  beforeAll(async () => {
    ctx = await createTestApp();
  });

  afterAll(async () => {
    await worker?.close();
    await ctx.close();
  });

  it('lets a designer of the study rebuild its cube in a worker job, following its progress, with the counts of the responses', async () => {
    const dataSource = ctx.app.get(DataSource);
    const study = await publishedStudy(dataSource);
    const responses = randomResponses(new SeededRandom(6), study, 700);
    await insertResponses(dataSource, study, responses);
    const designer = await createUser(ctx, { role: 'designer' });
    await ctx.app.get(StudyAccessService).grant(designer.id, study.studyId);
    const session = await loginAs(ctx, designer);
    const base = `/api/studies/${study.studyId}/aggregation`;

    expect((await session.get(base).expect(200)).body).toMatchObject({ responsesCounted: 0, behind: true });
    // Only now: a running worker's sweep would fold the responses before the first look.
    worker = await startWorker(ctx.config);
    const started = (await session.post(`${base}/rebuild`).expect(202)).body;
    expect(started).toMatchObject({ jobId: expect.any(String), state: expect.stringMatching(/waiting|active|completed/) });
    const finished = await eventually(
      'the rebuild job to complete',
      async () => (await session.get(`${base}/rebuild/${started.jobId}`).expect(200)).body,
      (job) => job.state === 'completed' || job.state === 'failed',
    );
    expect(finished).toMatchObject({ state: 'completed', progress: { percent: 100, stage: 'counted 700 responses' } });
    expect(entries(await cubeOf(dataSource, [study.versionId]))).toEqual(entries(expectedCube(responses.map((response) => ({ ...response, versionId: study.versionId })))));
    expect((await session.get(base).expect(200)).body).toMatchObject({ responsesCounted: 700, behind: false, rebuiltAt: expect.any(String) });
  });

  it('refuses evaluators, and users without a grant to the study', async () => {
    const study = await publishedStudy(ctx.app.get(DataSource));
    await (await loggedInAs(ctx, 'evaluator')).post(`/api/studies/${study.studyId}/aggregation/rebuild`).expect(403);
    await (await loggedInAs(ctx, 'designer')).post(`/api/studies/${study.studyId}/aggregation/rebuild`).expect(403);
  });
});
