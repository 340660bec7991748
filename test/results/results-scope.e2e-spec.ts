import { StudyAccessService } from '@stemme/identity';
import { DataSource } from 'typeorm';
import { publishedStudy } from '../aggregation/support/cube-factories';
import { createUser, loggedInAs, loginAs } from '../support/auth';
import { createTestApp, type TestContext } from '../support/test-app';

describe('what results a user may read (GET /api/studies/:id/results/scope)', () => {
  let ctx: TestContext;
  let studyId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    studyId = (await publishedStudy(ctx.app.get(DataSource))).studyId;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('answers no limit for an administrator and for someone with the whole study', async () => {
    const admin = await loggedInAs(ctx, 'admin');
    expect((await admin.get(`/api/studies/${studyId}/results/scope`).expect(200)).body).toEqual({ municipality: null, county: null });
    const evaluator = await createUser(ctx, { role: 'evaluator' });
    await ctx.app.get(StudyAccessService, { strict: false }).grant(evaluator.id, studyId);
    expect((await (await loginAs(ctx, evaluator)).get(`/api/studies/${studyId}/results/scope`).expect(200)).body).toEqual({ municipality: null, county: null });
  });

  it('names the municipality and county of someone limited to one municipality', async () => {
    const evaluator = await createUser(ctx, { role: 'evaluator' });
    await ctx.app.get(StudyAccessService, { strict: false }).grant(evaluator.id, studyId, '1804');
    const response = await (await loginAs(ctx, evaluator)).get(`/api/studies/${studyId}/results/scope`).expect(200);
    expect(response.body).toEqual({ municipality: { code: '1804', name: 'Bodø' }, county: { code: '18', name: 'Nordland' } });
  });

  it('refuses someone without access to the study', async () => {
    const outsider = await loggedInAs(ctx, 'evaluator');
    expect((await outsider.get(`/api/studies/${studyId}/results/scope`)).status).toBe(403);
  });
});
