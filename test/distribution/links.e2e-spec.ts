import { randomUUID } from 'node:crypto';
import { korusDemoQuestionnaire } from '@stemme/questionnaire';
import { DataSource } from 'typeorm';
import { FormContextCache } from '@stemme/distribution';
import { loggedInAs } from '../support/auth';
import { createTestApp, type TestContext } from '../support/test-app';
import { createLink, inDays, publishedSurvey, type PublishedSurvey } from '../respondent/support/surveys';

describe('links (distribution API)', () => {
  let ctx: TestContext;
  let survey: PublishedSurvey;

  beforeAll(async () => {
    ctx = await createTestApp();
    survey = await publishedSurvey(ctx);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('makes a study-wide link with an unguessable, URL-safe token and its address', async () => {
    const link = await createLink(survey, { closesAt: inDays(30) });
    expect(link).toMatchObject({ kind: 'study', municipalityCode: null, label: 'Hele studien', status: 'open', paused: false, responseCap: null, invitationOnly: false });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(link.url).toBe(`${ctx.config.http.publicUrl}/s/${link.token}`);
    const other = await createLink(survey);
    expect(other.token).not.toBe(link.token);
  });

  it('makes a link for one municipality, named after it unless a label is given', async () => {
    expect(await createLink(survey, { municipalityCode: '0301' })).toMatchObject({ kind: 'municipality', municipalityCode: '0301', label: 'Oslo' });
    expect(await createLink(survey, { municipalityCode: '0301', label: 'SMS Oslo' })).toMatchObject({ label: 'SMS Oslo' });
  });

  it('makes one link for each municipality of a county in one action', async () => {
    const response = await survey.designer
      .post(`/api/questionnaire-versions/${survey.versionId}/county-links`)
      .send({ countyCode: '46', closesAt: inDays(30), labelPrefix: 'Plakat', responseCap: 100 })
      .expect(201);
    const [{ count }] = await ctx.app.get(DataSource).query(`SELECT count(*)::int AS count FROM "municipality" WHERE "county_code" = '46'`);
    expect(response.body).toHaveLength(count);
    expect(response.body[0]).toMatchObject({ kind: 'municipality', municipalityCode: '4601', label: 'Plakat: Bergen', responseCap: 100, responsesCounted: 0 });
    expect(new Set(response.body.map((link: { token: string }) => link.token)).size).toBe(count);
  });

  it('lists and gets the study\'s links', async () => {
    const link = await createLink(survey, { label: 'Til listen' });
    const list = await survey.designer.get(`/api/studies/${survey.studyId}/links`).expect(200);
    expect(list.body.map((entry: { id: string }) => entry.id)).toContain(link.id);
    expect((await survey.designer.get(`/api/links/${link.id}`).expect(200)).body).toMatchObject({ id: link.id, label: 'Til listen' });
    await survey.designer.get(`/api/links/${randomUUID()}`).expect(404);
  });

  it('changes the label, the times and the cap, and pauses and resumes, taking effect for respondents at once', async () => {
    const link = await createLink(survey);
    await ctx.app.get(FormContextCache).get(link.token);
    const closesAt = inDays(60);
    const changed = await survey.designer.patch(`/api/links/${link.id}`).send({ label: 'Ny', closesAt, responseCap: 50, paused: true }).expect(200);
    expect(changed.body).toMatchObject({ label: 'Ny', closesAt, responseCap: 50, paused: true, status: 'paused', responsesCounted: 0 });
    expect((await ctx.app.get(FormContextCache).get(link.token))?.link.paused).toBe(true);
    expect((await survey.designer.patch(`/api/links/${link.id}`).send({ paused: false }).expect(200)).body.status).toBe('open');
  });

  it('refuses a link that would close before it opens, an unknown municipality or county, and a draft version', async () => {
    const period = await survey.designer.post(`/api/questionnaire-versions/${survey.versionId}/links`).send({ opensAt: inDays(2), closesAt: inDays(1) }).expect(422);
    expect(period.body.details).toEqual([{ path: 'closesAt', message: 'Must be later than opensAt' }]);
    await survey.designer.post(`/api/questionnaire-versions/${survey.versionId}/links`).send({ closesAt: inDays(1), municipalityCode: '9999' }).expect(422);
    await survey.designer.post(`/api/questionnaire-versions/${survey.versionId}/county-links`).send({ closesAt: inDays(1), countyCode: '99' }).expect(422);
    await survey.designer.post(`/api/questionnaire-versions/${survey.versionId}/links`).send({ closesAt: 'tomorrow' }).expect(400);

    const questionnaire = await survey.designer.post(`/api/studies/${survey.studyId}/questionnaires`).send({ title: 'Utkast', definition: korusDemoQuestionnaire }).expect(201);
    const draft = await survey.designer.post(`/api/questionnaire-versions/${questionnaire.body.versions[0].id}/links`).send({ closesAt: inDays(1) }).expect(422);
    expect(draft.body.message).toMatch(/draft: publish it/);
  });

  it('lets only designers and admins with access to the study make and see links', async () => {
    const link = await createLink(survey);
    const evaluator = await loggedInAs(ctx, 'evaluator');
    await evaluator.get(`/api/links/${link.id}`).expect(403);
    const stranger = await loggedInAs(ctx, 'designer');
    await stranger.get(`/api/links/${link.id}`).expect(403);
    await stranger.post(`/api/questionnaire-versions/${survey.versionId}/links`).send({ closesAt: inDays(1) }).expect(403);
    await stranger.get(`/api/studies/${survey.studyId}/links`).expect(403);
    const admin = await loggedInAs(ctx, 'admin');
    await admin.get(`/api/links/${link.id}`).expect(200);
    await ctx.http().get(`/api/links/${link.id}`).expect(401);
  });

  it('documents the respondent routes in OpenAPI', async () => {
    const document = (await ctx.http().get('/api/docs/openapi.json').expect(200)).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/s/{token}/form', '/api/s/{token}/responses', '/api/questionnaire-versions/{versionId}/links', '/api/links/{linkId}/invitation-batches']),
    );
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/s/'))).toEqual([]);
  });
});
