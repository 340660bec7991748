import { korusDemoQuestionnaire, type QuestionnaireDefinition } from '@stemme/questionnaire';
import { DataSource } from 'typeorm';
import {
  ageQuestion,
  dateQuestion,
  definitionWithPages,
  likert,
  matrix,
  multipleChoice,
  numberQuestion,
  page,
  singleChoice,
  yearOfBirthQuestion,
} from '../../libs/questionnaire/src/testing/questionnaire-factory';
import { createUser, loggedInAs, LoggedIn, loginAs } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';

/** One question of every type, and a page-2 question shown only to those who answered 1 on q1. */
function everyTypeDefinition(): QuestionnaireDefinition {
  return definitionWithPages(
    page('background', [
      singleChoice('q1'),
      multipleChoice('q2'),
      likert('q3'),
      matrix('q4', ['q4_a', 'q4_b']),
      numberQuestion('q5', { numberType: 'integer', min: 0, max: 100 }),
      ageQuestion('q6'),
      yearOfBirthQuestion('q7'),
      { type: 'municipality', variable: 'q8', text: { nb: 'Hvilken kommune bor du i?' } },
    ]),
    page('more', [
      { type: 'short_text', variable: 'q9', text: { nb: 'Hva heter tjenesten?' }, maxLength: 100 },
      { type: 'long_text', variable: 'q10', text: { nb: 'Vil du si noe mer?' }, maxLength: 2000, condition: { all: [{ variable: 'q1', op: 'equals', value: 1 }] } },
      dateQuestion('q11'),
    ]),
  );
}

describe('questionnaire builder API', () => {
  let ctx: TestContext;
  let designer: LoggedIn;
  let studyId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    designer = await loggedInAs(ctx, 'designer');
    const study = await designer.post('/api/studies').send({ name: 'Brukerundersøkelsen 2026' }).expect(201);
    studyId = study.body.id;
  });

  afterAll(async () => {
    await ctx.close();
  });

  async function newQuestionnaire(definition: QuestionnaireDefinition = everyTypeDefinition()): Promise<{ id: string; draftId: string }> {
    const response = await designer.post(`/api/studies/${studyId}/questionnaires`).send({ title: 'Spørreskjema', definition }).expect(201);
    return { id: response.body.id, draftId: response.body.versions[0].id };
  }

  describe('studies', () => {
    it('gives a new study the default threshold, reporting minimum, age bands and bokmål', async () => {
      const response = await designer.get(`/api/studies/${studyId}`).expect(200);
      expect(response.body).toMatchObject({ disclosureThreshold: 5, reportingMinimum: 10, languages: ['nb'], freeTextExport: false });
      expect(response.body.ageBands.map((band: { label: string }) => band.label)).toEqual(['18–23', '24–29', '30–39', '40–49', '50–59', '60–69', '70+']);
    });

    it('refuses age bands with a gap, naming the band, and keeps the old ones', async () => {
      const response = await designer
        .patch(`/api/studies/${studyId}`)
        .send({ ageBands: [{ label: '18–23', min: 18, max: 23 }, { label: '30+', min: 30, max: null }] })
        .expect(422);
      expect(response.body.details[0].path).toMatch(/^ageBands\[1\]/);
      const study = await designer.get(`/api/studies/${studyId}`).expect(200);
      expect(study.body.ageBands).toHaveLength(7);
    });

    it('refuses overlapping age bands', async () => {
      const response = await designer
        .patch(`/api/studies/${studyId}`)
        .send({ ageBands: [{ label: '18–25', min: 18, max: 25 }, { label: '24+', min: 24, max: null }] })
        .expect(422);
      expect(response.body.details.length).toBeGreaterThan(0);
    });

    it('refuses a study without bokmål and a threshold out of range with 400/422 that say what is wrong', async () => {
      const noBokmal = await designer.patch(`/api/studies/${studyId}`).send({ languages: ['en'] }).expect(422);
      expect(noBokmal.body.details).toEqual([{ path: 'languages', message: expect.stringContaining('bokmål') }]);
      const badK = await designer.patch(`/api/studies/${studyId}`).send({ disclosureThreshold: 0 }).expect(400);
      expect(badK.body.details[0].path).toBe('disclosureThreshold');
    });

    it('lets a designer without a grant neither see nor change the study (403), and lists only granted studies', async () => {
      const other = await loggedInAs(ctx, 'designer');
      await other.get(`/api/studies/${studyId}`).expect(403);
      await other.patch(`/api/studies/${studyId}`).send({ name: 'Kapret' }).expect(403);
      await other.post(`/api/studies/${studyId}/questionnaires`).send({ title: 'x' }).expect(403);
      const list = await other.get('/api/studies').expect(200);
      expect(list.body).toEqual([]);
    });

    it('lets an evaluator with a grant read the study but not change it', async () => {
      const evaluatorUser = await createUser(ctx, { role: 'evaluator' });
      await ctx.app.get(DataSource).query('INSERT INTO study_access (user_id, study_id) VALUES ($1, $2)', [evaluatorUser.id, studyId]);
      const evaluator = await loginAs(ctx, evaluatorUser);
      await evaluator.get(`/api/studies/${studyId}`).expect(200);
      await evaluator.patch(`/api/studies/${studyId}`).send({ name: 'Endret' }).expect(403);
    });
  });

  describe('versions', () => {
    it('builds a questionnaire with every question type and a condition, and publishes it frozen with a content hash', async () => {
      const { draftId } = await newQuestionnaire();
      const draft = await designer.get(`/api/questionnaire-versions/${draftId}`).expect(200);
      expect(draft.body.problems).toEqual([]);
      const types = draft.body.definition.pages.flatMap((p: { questions: { type: string }[] }) => p.questions.map((q) => q.type));
      expect(new Set(types).size).toBe(11);

      const published = await designer.post(`/api/questionnaire-versions/${draftId}/publish`).expect(200);
      expect(published.body).toMatchObject({ status: 'published', versionNumber: 1 });
      expect(published.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(published.body.publishedAt).toEqual(expect.any(String));
    });

    it('answers 409 when a published version is edited or published again, and keeps its definition', async () => {
      const { draftId } = await newQuestionnaire();
      const published = await designer.post(`/api/questionnaire-versions/${draftId}/publish`).expect(200);
      const changed = everyTypeDefinition();
      changed.pages[0].title = { nb: 'Ny tittel' };
      const edit = await designer.put(`/api/questionnaire-versions/${draftId}/definition`).send({ definition: changed }).expect(409);
      expect(edit.body.message).toMatch(/published/);
      await designer.post(`/api/questionnaire-versions/${draftId}/publish`).expect(409);
      const after = await designer.get(`/api/questionnaire-versions/${draftId}`).expect(200);
      expect(after.body.definition).toEqual(published.body.definition);
      expect(after.body.contentHash).toBe(published.body.contentHash);
    });

    it('refuses, in the database itself, to change a published definition', async () => {
      const { draftId } = await newQuestionnaire();
      await designer.post(`/api/questionnaire-versions/${draftId}/publish`).expect(200);
      await expect(
        ctx.app.get(DataSource).query(`UPDATE questionnaire_version SET definition = '{}'::jsonb WHERE id = $1`, [draftId]),
      ).rejects.toThrow(/published and cannot change/);
    });

    it('makes a new draft from a published version that keeps every code and variable, numbered 2', async () => {
      const { id, draftId } = await newQuestionnaire();
      const published = await designer.post(`/api/questionnaire-versions/${draftId}/publish`).expect(200);
      const draft = await designer.post(`/api/questionnaire-versions/${draftId}/drafts`).expect(201);
      expect(draft.body).toMatchObject({ status: 'draft', versionNumber: 2, basedOnVersionId: draftId, contentHash: null });
      expect(draft.body.definition).toEqual(published.body.definition);

      const relabelled = structuredClone(draft.body.definition);
      relabelled.pages[0].questions[0].options[0].label = { nb: 'Nytt navn på svaret' };
      const saved = await designer.put(`/api/questionnaire-versions/${draft.body.id}/definition`).send({ definition: relabelled }).expect(200);
      expect(saved.body.definition.pages[0].questions[0].options[0]).toEqual({ code: 1, label: { nb: 'Nytt navn på svaret' } });

      const questionnaire = await designer.get(`/api/questionnaires/${id}`).expect(200);
      expect(questionnaire.body.versions.map((v: { versionNumber: number; status: string }) => [v.versionNumber, v.status])).toEqual([
        [1, 'published'],
        [2, 'draft'],
      ]);
    });

    it('saves an unfinished draft but refuses to publish it, listing every problem with its JSON path', async () => {
      const unfinished = definitionWithPages(
        page('one', [
          singleChoice('q1', { options: [] }),
          singleChoice('q1'),
          likert('q3', { condition: { all: [{ variable: 'q9', op: 'answered' }] } }),
          singleChoice('q4', { condition: { all: [{ variable: 'q1', op: 'equals', value: 7 }] } }),
          singleChoice('q5', { text: { nb: '' } }),
        ]),
        page('two', [singleChoice('q9')]),
      );
      const { draftId } = await newQuestionnaire(unfinished);
      const saved = await designer.get(`/api/questionnaire-versions/${draftId}`).expect(200);
      expect(saved.body.status).toBe('draft');

      const response = await designer.post(`/api/questionnaire-versions/${draftId}/publish`).expect(422);
      const found = response.body.details.map((d: { path: string; code: string }) => `${d.code} ${d.path}`);
      expect(found).toEqual(
        expect.arrayContaining([
          'empty_options $.pages[0].questions[0].options',
          expect.stringMatching(/^duplicate_variable \$\.pages\[0\]\.questions\[1\]/),
          expect.stringMatching(/^condition_not_earlier \$\.pages\[0\]\.questions\[2\]\.condition/),
          expect.stringMatching(/^unknown_condition_code \$\.pages\[0\]\.questions\[3\]\.condition/),
          expect.stringMatching(/^missing_text \$\.pages\[0\]\.questions\[4\]\.text/),
        ]),
      );
      const still = await designer.get(`/api/questionnaire-versions/${draftId}`).expect(200);
      expect(still.body.status).toBe('draft');
    });

    it('refuses to publish when the questionnaire lacks a language the study has enabled', async () => {
      const study = await designer.post('/api/studies').send({ name: 'Tospråklig', languages: ['nb', 'en'] }).expect(201);
      const created = await designer
        .post(`/api/studies/${study.body.id}/questionnaires`)
        .send({ title: 'Bare bokmål', definition: definitionWithPages(page('one', [singleChoice('q1')])) })
        .expect(201);
      const response = await designer.post(`/api/questionnaire-versions/${created.body.versions[0].id}/publish`).expect(422);
      expect(response.body.details).toEqual([expect.objectContaining({ path: '$.languages', code: 'languages_differ_from_study' })]);
    });

    it('refuses to save JSON that is not a questionnaire at all, and keeps the saved draft', async () => {
      const { draftId } = await newQuestionnaire();
      const response = await designer
        .put(`/api/questionnaire-versions/${draftId}/definition`)
        .send({ definition: { formatVersion: 1, languages: ['nb'], pages: 'none' } })
        .expect(422);
      expect(response.body.details[0].path).toBe('$.pages');
      const still = await designer.get(`/api/questionnaire-versions/${draftId}`).expect(200);
      expect(still.body.definition).toEqual(everyTypeDefinition());
    });
  });

  describe('import and export', () => {
    it('exports a version as JSON and imports it back equal', async () => {
      const { draftId } = await newQuestionnaire();
      const exported = await designer.get(`/api/questionnaire-versions/${draftId}/export`).expect(200);
      expect(exported.headers['content-disposition']).toMatch(/attachment; filename="sporreskjema-v1\.json"/);
      expect(exported.body.format).toBe('stemme-questionnaire');

      const imported = await designer.post(`/api/studies/${studyId}/questionnaires/import`).send(exported.body).expect(201);
      expect(imported.body.title).toBe('Spørreskjema');
      const version = await designer.get(`/api/questionnaire-versions/${imported.body.versions[0].id}`).expect(200);
      expect(version.body.definition).toEqual(everyTypeDefinition());
    });

    it('refuses an import file that breaks the format with 422 and the paths of its problems', async () => {
      const response = await designer
        .post(`/api/studies/${studyId}/questionnaires/import`)
        .send({ format: 'stemme-questionnaire', meta: { name: 'x' }, definition: { formatVersion: 1, languages: ['nb'], pages: [{ id: 'p', title: { nb: 'P' }, questions: [{ type: 'teleport', variable: 'q1', text: { nb: 'Q' } }] }] } })
        .expect(422);
      expect(response.body.details[0].path).toMatch(/^\$\.definition\.pages\[0\]\.questions\[0\]/);
    });

    it('serves the JSON Schema of the format without login', async () => {
      const response = await ctx.http().get('/api/questionnaire-format/schema').expect(200);
      expect(response.body.$schema).toMatch(/json-schema/);
    });
  });

  describe('plain-language aid', () => {
    it('returns a LIX score and long words for every question, and a summary, with the demo questionnaire', async () => {
      const study = await designer.post('/api/studies').send({ name: 'Demo', languages: ['nb', 'en'] }).expect(201);
      const created = await designer.post(`/api/studies/${study.body.id}/questionnaires`).send({ title: 'Demo', definition: korusDemoQuestionnaire }).expect(201);
      const version = await designer.get(`/api/questionnaire-versions/${created.body.versions[0].id}`).expect(200);
      expect(version.body.problems).toEqual([]);
      const [nb, en] = version.body.readability;
      expect(nb.language).toBe('nb');
      expect(en.language).toBe('en');
      expect(nb.questions).toHaveLength(41);
      expect(nb.mean).toBeLessThan(35);
      const first = nb.questions[0];
      expect(first).toEqual(expect.objectContaining({ variable: expect.any(String), score: expect.any(Number), longWords: expect.any(Array) }));
    });
  });
});
