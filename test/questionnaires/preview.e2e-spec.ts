import { StudyAccessService } from '@stemme/identity';
import { DataSource } from 'typeorm';
import { createUser, loggedInAs, loginAs, type LoggedIn } from '../support/auth';
import { createTestApp, type TestContext } from '../support/test-app';
import { previewQuestionnaire } from './support/preview-questionnaire';

describe('the builder preview (POST /api/questionnaire-versions/:id/preview)', () => {
  let ctx: TestContext;
  let designer: LoggedIn;
  let studyId: string;
  let versionId: string;
  let preview: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    designer = await loggedInAs(ctx, 'designer');
    studyId = (await designer.post('/api/studies').send({ name: 'Forhåndsvisning', languages: ['nb', 'en'] }).expect(201)).body.id;
    const questionnaire = await designer.post(`/api/studies/${studyId}/questionnaires`).send({ title: 'Brukerundersøkelsen', definition: previewQuestionnaire }).expect(201);
    versionId = questionnaire.body.versions[0].id;
    preview = `/api/questionnaire-versions/${versionId}/preview`;
  });
  afterAll(async () => {
    await ctx.close();
  });

  const counts = async () => {
    const [row] = await ctx.app.get(DataSource).query(`SELECT (SELECT count(*) FROM "response_draft")::int AS drafts, (SELECT count(*) FROM "response")::int AS responses`);
    return row as { drafts: number; responses: number };
  };

  it('renders the first page of a draft with the respondent form, in the language asked for', async () => {
    const body = (await designer.post(preview).send({ language: 'nb' }).expect(200)).body;
    expect(body).toMatchObject({ pageId: 'om_deg', pageNumber: 1, pageCount: 2, language: 'nb', languages: ['nb', 'en'], submitted: false, notice: null });
    expect(body.html).toMatch(/^<!doctype html>/);
    expect(body.html).toContain('<html lang="nb">');
    expect(body.html).toContain('Har du en fast kontaktperson?');
    expect(body.html).toContain('Side 1 av 2');
    expect(body.html).toMatch(/<link rel="stylesheet" href="\/s\/assets\/form\.[0-9a-f]{12}\.css">/);
    expect(body.pages).toEqual([
      { id: 'om_deg', title: 'Om deg', shown: true },
      { id: 'kontakt', title: 'Kontaktpersonen', shown: false },
      { id: 'til_slutt', title: 'Til slutt', shown: true },
    ]);
    const english = (await designer.post(preview).send({ language: 'en', pageId: 'til_slutt' }).expect(200)).body;
    expect(english.html).toContain('<html lang="en">');
    expect(english.html).toContain('Anything else you want to say?');
  });

  it('reads a posted page as the form does: problems, then a condition that opens a page, then the receipt, storing nothing', async () => {
    const before = await counts();
    const empty = (await designer.post(preview).send({ language: 'nb', form: { _page: 'om_deg', _action: 'next' } }).expect(200)).body;
    expect(empty.pageId).toBe('om_deg');
    expect(empty.html).toContain('error-summary');

    const yes = (await designer.post(preview).send({ language: 'nb', form: { _page: 'om_deg', _action: 'next', har_kontakt: '1' } }).expect(200)).body;
    expect(yes).toMatchObject({ pageId: 'kontakt', pageNumber: 2, pageCount: 3, answers: { har_kontakt: 1 } });
    expect(yes.html).toContain('Hva jobber kontaktpersonen med?');

    const back = (await designer.post(preview).send({ language: 'nb', answers: yes.answers, form: { _page: 'kontakt', _action: 'back', kontakt_rolle: 'Sykepleier' } }).expect(200)).body;
    expect(back).toMatchObject({ pageId: 'om_deg', answers: { har_kontakt: 1, kontakt_rolle: 'Sykepleier' } });

    const no = (await designer.post(preview).send({ language: 'nb', answers: back.answers, form: { _page: 'om_deg', _action: 'next', har_kontakt: '2' } }).expect(200)).body;
    expect(no).toMatchObject({ pageId: 'til_slutt', pageNumber: 2, pageCount: 2 });
    const sent = (await designer.post(preview).send({ language: 'nb', answers: no.answers, form: { _page: 'til_slutt', _action: 'submit', annet: 'Nei takk' } }).expect(200)).body;
    expect(sent.submitted).toBe(true);
    expect(sent.html).toMatch(/Takk/);
    expect(await counts()).toEqual(before);

    // The receipt carries the study's help, as respondents will see it.
    const receiptHelp = { text: { nb: 'Trenger du noen å snakke med?' }, links: [{ href: 'tel:116123', label: { nb: 'Hjelpetelefonen 116 123' } }] };
    await designer.patch(`/api/studies/${studyId}`).send({ receiptHelp }).expect(200);
    const withHelp = (await designer.post(preview).send({ language: 'en', answers: no.answers, form: { _page: 'til_slutt', _action: 'submit', annet: 'Nei takk' } }).expect(200)).body;
    expect(withHelp.html).toContain('<p>Trenger du noen å snakke med?</p>');
    expect(withHelp.html).toContain('<a href="tel:116123">Hjelpetelefonen 116 123</a>');
  });

  it('shows a later save of the draft at once', async () => {
    const changed = structuredClone(previewQuestionnaire);
    changed.pages[0].questions[0].text = { nb: 'Har du en kontaktperson nå?', en: 'Do you have a contact person now?' };
    await designer.put(`/api/questionnaire-versions/${versionId}/definition`).send({ definition: changed }).expect(200);
    expect((await designer.post(preview).send({ language: 'nb' }).expect(200)).body.html).toContain('Har du en kontaktperson nå?');
  });

  it('refuses bad input with the API error shape', async () => {
    expect((await designer.post(preview).send({ language: 'de' }).expect(400)).body).toMatchObject({ status: 400, message: expect.any(String) });
    const language = (await designer.post(preview).send({ language: 'nn' }).expect(422)).body;
    expect(language.details).toEqual([{ path: 'language', message: 'One of nb, en' }]);
    expect((await designer.post(preview).send({ language: 'nb', pageId: 'nope' }).expect(422)).body.details[0].path).toBe('pageId');
    expect((await designer.post(preview).send({ language: 'nb', answers: { har_kontakt: { x: 1 } } }).expect(400)).body.details).toEqual([
      { path: 'answers.har_kontakt', message: 'Must be a number, a text, a list of numbers or null' },
    ]);
    expect((await designer.post(preview).send({ language: 'nb', form: { _page: 'om_deg', har_kontakt: 1 } }).expect(400)).body.details[0].path).toBe('form.har_kontakt');
    expect((await designer.post(preview).send({ language: 'nb', form: { _page: 'ukjent' } }).expect(422)).body.details[0].path).toBe('form._page');
    await designer.post('/api/questionnaire-versions/not-a-uuid/preview').send({ language: 'nb' }).expect(400);
    await designer.post('/api/questionnaire-versions/00000000-0000-4000-8000-000000000000/preview').send({ language: 'nb' }).expect(404);
  });

  it('says plainly that an empty questionnaire has nothing to show', async () => {
    const empty = await designer.post(`/api/studies/${studyId}/questionnaires`).send({ title: 'Tomt' }).expect(201);
    const body = (await designer.post(`/api/questionnaire-versions/${empty.body.versions[0].id}/preview`).send({ language: 'nb' }).expect(422)).body;
    expect(body).toMatchObject({ status: 422, message: 'The questionnaire has no pages yet' });
  });

  it('is for designers and admins with access to the study: evaluators and strangers get 403, and it needs the CSRF token', async () => {
    const evaluator = await createUser(ctx, { role: 'evaluator' });
    await ctx.app.get(StudyAccessService).grant(evaluator.id, studyId);
    await (await loginAs(ctx, evaluator)).post(preview).send({ language: 'nb' }).expect(403);
    await (await loggedInAs(ctx, 'designer')).post(preview).send({ language: 'nb' }).expect(403);
    await (await loggedInAs(ctx, 'admin')).post(preview).send({ language: 'nb' }).expect(200);
    await designer.get(preview).expect(404);
    await ctx.http().post(preview).set('Cookie', designer.cookie).send({ language: 'nb' }).expect(403);
    await ctx.http().post(preview).send({ language: 'nb' }).expect(401);
  });
});
