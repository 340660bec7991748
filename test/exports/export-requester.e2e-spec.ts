import { ExportsRepository } from '@stemme/exports';
import { StudyAccessService } from '@stemme/identity';
import { DataSource } from 'typeorm';
import { publishedStudy } from '../aggregation/support/cube-factories';
import { createUser, loginAs } from '../support/auth';
import { createTestApp, type TestContext } from '../support/test-app';

describe('who asked for an export', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('names the user who asked, in the answer to the request, the list and the export itself', async () => {
    const studyId = (await publishedStudy(ctx.app.get(DataSource))).studyId;
    const designer = await createUser(ctx, { role: 'designer', displayName: 'Dina Designer' });
    await ctx.app.get(StudyAccessService, { strict: false }).grant(designer.id, studyId);
    const session = await loginAs(ctx, designer);
    const created = await session.post(`/api/studies/${studyId}/exports`).send({ kind: 'results_workbook' }).expect(202);
    expect(created.body).toMatchObject({ requestedBy: designer.id, requestedByName: 'Dina Designer' });
    const system = await ctx.app.get(ExportsRepository, { strict: false }).create({ studyId, kind: 'charts', options: {}, requestedBy: null });

    const list = (await session.get(`/api/studies/${studyId}/exports`).expect(200)).body as { id: string; requestedByName: string | null }[];
    expect(list.map((job) => [job.id, job.requestedByName])).toEqual(expect.arrayContaining([[created.body.id, 'Dina Designer'], [system.id, null]]));
    expect((await session.get(`/api/exports/${created.body.id}`).expect(200)).body.requestedByName).toBe('Dina Designer');
  });
});
