import { StudyAccessService } from '@stemme/identity';
import { ForbiddenError } from '@stemme/platform';
import { aStudyId, createUser, loggedInAs, LoggedIn, TestUser } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';

describe('StudyAccessService', () => {
  let ctx: TestContext;
  let access: StudyAccessService;
  let evaluator: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    access = ctx.app.get(StudyAccessService);
    evaluator = await createUser(ctx, { role: 'evaluator' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('lets an admin into any study, with no municipality limit, without a grant', async () => {
    const admin = await createUser(ctx, { role: 'admin' });
    const studyId = await aStudyId(ctx);
    await access.assertCanAccessStudy(admin, studyId);
    expect(await access.municipalityScope(admin, studyId)).toBeNull();
  });

  it('refuses a designer or an evaluator without a grant with ForbiddenError', async () => {
    const designer = await createUser(ctx, { role: 'designer' });
    const studyId = await aStudyId(ctx);
    await expect(access.assertCanAccessStudy(designer, studyId)).rejects.toThrow(ForbiddenError);
    await expect(access.municipalityScope(evaluator, studyId)).rejects.toThrow('You have no access to this study');
  });

  it('lets a user with a grant in, limited to the municipality of the grant', async () => {
    const studyId = await aStudyId(ctx);
    await access.grant(evaluator.id, studyId, '4601');
    await access.assertCanAccessStudy(evaluator, studyId);
    expect(await access.municipalityScope(evaluator, studyId)).toBe('4601');
  });

  it('gives the whole study to a grant without a municipality, and a changed grant replaces the old one', async () => {
    const studyId = await aStudyId(ctx);
    await access.grant(evaluator.id, studyId, '0301');
    await access.grant(evaluator.id, studyId, null);
    expect(await access.municipalityScope(evaluator, studyId)).toBeNull();
    expect(await access.listGrants(evaluator.id)).toEqual(expect.arrayContaining([expect.objectContaining({ studyId, municipalityCode: null })]));
  });

  it('shuts the user out again when the grant is revoked', async () => {
    const studyId = await aStudyId(ctx);
    await access.grant(evaluator.id, studyId);
    expect(await access.revoke(evaluator.id, studyId)).toBe(true);
    expect(await access.revoke(evaluator.id, studyId)).toBe(false);
    await expect(access.assertCanAccessStudy(evaluator, studyId)).rejects.toThrow(ForbiddenError);
  });

  it('keeps a grant to one study from opening another', async () => {
    const granted = await aStudyId(ctx);
    const other = await aStudyId(ctx);
    await access.grant(evaluator.id, granted);
    await expect(access.assertCanAccessStudy(evaluator, other)).rejects.toThrow(ForbiddenError);
  });
});

describe('the study access endpoints', () => {
  let ctx: TestContext;
  let admin: LoggedIn;
  let evaluator: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await loggedInAs(ctx, 'admin');
    evaluator = await createUser(ctx, { role: 'evaluator' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('grants, shows, lists and revokes access to a study', async () => {
    const studyId = await aStudyId(ctx);
    const url = `/api/users/${evaluator.id}/study-access/${studyId}`;
    const put = await admin.put(url).send({ municipalityCode: '4601' }).expect(200);
    expect(put.body).toEqual({ userId: evaluator.id, studyId, municipalityCode: '4601', createdAt: expect.any(String) });
    await admin.get(url).expect(200, put.body);
    const list = await admin.get(`/api/users/${evaluator.id}/study-access`).expect(200);
    expect(list.body).toContainEqual(put.body);

    await admin.delete(url).expect(204);
    await admin.get(url).expect(404);
    await admin.delete(url).expect(404);
  });

  it('grants the whole study when no municipality is given', async () => {
    const studyId = await aStudyId(ctx);
    const response = await admin.put(`/api/users/${evaluator.id}/study-access/${studyId}`).send({}).expect(200);
    expect(response.body.municipalityCode).toBeNull();
  });

  it('refuses a municipality code that is not in the register with 422, and a malformed one with 400', async () => {
    const studyId = await aStudyId(ctx);
    const unknown = await admin.put(`/api/users/${evaluator.id}/study-access/${studyId}`).send({ municipalityCode: '9999' }).expect(422);
    expect(unknown.body.message).toBe('There is no municipality with code 9999');
    await admin.put(`/api/users/${evaluator.id}/study-access/${studyId}`).send({ municipalityCode: 'Oslo' }).expect(400);
  });

  it('answers 404 for a user that does not exist', async () => {
    const studyId = await aStudyId(ctx);
    await admin.put(`/api/users/00000000-0000-4000-8000-000000000000/study-access/${studyId}`).send({}).expect(404);
  });

  it('is for admins only', async () => {
    const designer = await loggedInAs(ctx, 'designer');
    await designer.get(`/api/users/${evaluator.id}/study-access`).expect(403);
  });
});
