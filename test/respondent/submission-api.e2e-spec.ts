import { getQueueToken } from '@nestjs/bullmq';
import { osloDate } from '@stemme/distribution';
import { QueueName } from '@stemme/platform';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, type TestContext } from '../support/test-app';
import { createLink, demoAnswers, publishedSurvey, responsesOf, submit, type LinkDto, type PublishedSurvey } from './support/surveys';

describe('submitting a response through the JSON API', () => {
  let ctx: TestContext;
  let survey: PublishedSurvey;
  let link: LinkDto;

  beforeAll(async () => {
    ctx = await createTestApp();
    survey = await publishedSurvey(ctx);
    link = await createLink(survey);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('serves the form in the language asked for, with the municipalities to choose from', async () => {
    const response = await ctx.http().get(`/api/s/${link.token}/form?lang=en`).expect(200);
    expect(response.body).toMatchObject({ title: 'Brukerundersøkelsen 2026', language: 'en', languages: ['nb', 'en'], skippedVariables: [], link: { kind: 'study', municipality: null } });
    expect(response.body.definition.pages[0].questions[0]).toMatchObject({ variable: 'q01_services', text: 'What help do you get from the municipality now?' });
    expect(response.body.municipalities).toContainEqual({ code: '4601', name: 'Bergen', countyName: 'Vestland' });
  });

  it('stores a complete response with 201 and answers a repeat with 200 and the same receipt, storing it once', async () => {
    const submissionId = randomUUID();
    const first = await submit(ctx, link.token, { submissionId }).expect(201);
    expect(first.body).toEqual({ submissionId, submittedOn: osloDate() });
    const again = await submit(ctx, link.token, { submissionId }).expect(200);
    expect(again.body).toEqual(first.body);
    const rows = await ctx.app.get(DataSource).query(`SELECT count(*)::int AS n FROM "response" WHERE "submission_id" = $1`, [submissionId]);
    expect(rows[0].n).toBe(1);
  });

  it('stores the municipality, its county, the age band and the date, and nothing about the respondent or the time of day', async () => {
    const submissionId = randomUUID();
    await submit(ctx, link.token, { submissionId, answers: demoAnswers({ q38_age: 34 }) }).expect(201);
    const [row] = await ctx.app
      .get(DataSource)
      .query(`SELECT *, "submitted_on"::text AS "submitted_on" FROM "response" WHERE "submission_id" = $1`, [submissionId]);
    expect(row).toMatchObject({ link_id: link.id, municipality_code: '4601', municipality_code_given: null, county_code: '46', age_band: 2, submitted_on: osloDate() });
    const columns: { column_name: string; data_type: string }[] = await ctx.app
      .get(DataSource)
      .query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'response' ORDER BY ordinal_position`);
    expect(columns.map((column) => column.column_name)).toEqual([
      'id', 'study_id', 'questionnaire_version_id', 'submission_id', 'link_id', 'municipality_code', 'municipality_code_given',
      'county_code', 'age_band', 'submitted_on', 'answers', 'texts', 'created_txid',
    ]);
    expect(columns.filter((column) => /time|interval/.test(column.data_type))).toEqual([]);
    expect(columns.find((column) => column.column_name === 'submitted_on')?.data_type).toBe('date');
    expect(JSON.stringify(row)).not.toMatch(/127\.0\.0\.1|::ffff|supertest|node-superagent|T\d\d:\d\d/);
  });

  describe('refuses answers that break the questionnaire, per field, in the respondent\'s language, and stores nothing', () => {
    const cases: [string, Record<string, unknown>, string, string, string][] = [
      ['a question the questionnaire does not have', { q99_unknown: 1 }, 'q99_unknown', 'Dette spørsmålet finnes ikke i skjemaet', 'This question is not in the form'],
      ['an option code that is not in the list', { q02_duration: 7 }, 'q02_duration', 'Velg et av svarene i listen', 'Choose one of the answers in the list'],
      ['a number out of range', { q38_age: 16 }, 'q38_age', 'Skriv et tall mellom 18 og 99', 'Write a number between 18 and 99'],
      ['a text that is too long', { q41_anything_else: 'x'.repeat(2001) }, 'q41_anything_else', 'Svaret er for langt. Skriv høyst 2000 tegn', 'The answer is too long. Write at most 2000 characters'],
      ['a required answer that is missing', { q01_services: undefined }, 'q01_services', 'Velg minst ett svar', 'Choose at least one answer'],
      [
        'an answer to a question its condition hides',
        { q20_contact_person: 2, q21_contact_person_reachable: undefined, q22_contact_person_trust: 5 },
        'q22_contact_person_trust',
        'Du skal ikke svare på dette spørsmålet, ut fra svarene du har gitt',
        'You should not answer this question, based on your earlier answers',
      ],
      ['a municipality that is not in the register', { q37_municipality: '9999' }, 'q37_municipality', 'Velg en kommune fra listen', 'Choose a municipality from the list'],
      ['an answer of the wrong kind', { q02_duration: 'three' }, 'q02_duration', 'Vi kan ikke bruke dette svaret. Prøv igjen', 'We cannot use this answer. Please try again'],
    ];

    it.each(cases)('refuses %s', async (_, changes, variable, bokmal, english) => {
      for (const [language, message] of [['nb', bokmal], ['en', english]] as const) {
        const submissionId = randomUUID();
        const response = await submit(ctx, link.token, { submissionId, language, answers: demoAnswers(changes as never) }).expect(422);
        expect(response.body.details).toEqual([{ path: `answers.${variable}`, message, code: expect.any(String) }]);
        expect(response.body.message).toBe(language === 'nb' ? 'Det er noe som mangler' : 'There is a problem');
        const rows = await ctx.app.get(DataSource).query(`SELECT 1 FROM "response" WHERE "submission_id" = $1`, [submissionId]);
        expect(rows).toEqual([]);
      }
    });

    it('names every problem at once', async () => {
      const response = await submit(ctx, link.token, { answers: demoAnswers({ q01_services: undefined, q02_duration: 7, q38_age: 130 }) }).expect(422);
      expect(response.body.details.map((detail: { path: string }) => detail.path)).toEqual(['answers.q01_services', 'answers.q02_duration', 'answers.q38_age']);
    });

    it('refuses a request that is not shaped like a response with 400', async () => {
      await ctx.http().post(`/api/s/${link.token}/responses`).send({ submissionId: 'not-a-uuid', language: 'nb', answers: {} }).expect(400);
      await ctx.http().post(`/api/s/${link.token}/responses`).send({ submissionId: randomUUID(), language: 'nb', answers: [] }).expect(400);
      await ctx.http().post(`/api/s/${link.token}/responses`).send({ submissionId: randomUUID(), language: 'nb', answers: {}, extra: 1 }).expect(400);
    });

    it('refuses a language the study does not offer', async () => {
      const response = await submit(ctx, link.token, { language: 'nn' }).expect(422);
      expect(response.body.details).toEqual([{ path: 'language', message: 'Use one of: nb, en' }]);
    });
  });

  it('answers 404 for a link that does not exist', async () => {
    await ctx.http().get('/api/s/AAAAAAAAAAAAAAAAAAAAAAAA/form').expect(404);
    await submit(ctx, 'not-a-token').expect(404);
  });

  it('refuses a submission id that was used by another survey', async () => {
    const submissionId = randomUUID();
    await submit(ctx, link.token, { submissionId }).expect(201);
    const other = await createLink(survey, { label: 'Plakat' });
    await submit(ctx, other.token, { submissionId }).expect(409);
    expect(await responsesOf(ctx, other.id)).toEqual([]);
  });

  it('maps an old municipality number to today\'s, and keeps a split one as given with its county only', async () => {
    const mapped = randomUUID();
    const split = randomUUID();
    await submit(ctx, link.token, { submissionId: mapped, answers: demoAnswers({ q37_municipality: '3005' }) }).expect(201);
    await submit(ctx, link.token, { submissionId: split, answers: demoAnswers({ q37_municipality: '1507' }) }).expect(201);
    const rows = await ctx.app
      .get(DataSource)
      .query(`SELECT "submission_id", "municipality_code", "municipality_code_given", "county_code" FROM "response" WHERE "submission_id" = ANY($1::uuid[])`, [[mapped, split]]);
    expect(rows).toEqual(
      expect.arrayContaining([
        { submission_id: mapped, municipality_code: '3301', municipality_code_given: '3005', county_code: '33' },
        { submission_id: split, municipality_code: null, municipality_code_given: '1507', county_code: '15' },
      ]),
    );
  });

  it('puts the age from a year of birth, or no age, in the study\'s bands', async () => {
    const noAge = randomUUID();
    await submit(ctx, link.token, { submissionId: noAge, answers: demoAnswers({ q38_age: undefined }) }).expect(201);
    const [row] = await ctx.app.get(DataSource).query(`SELECT "age_band" FROM "response" WHERE "submission_id" = $1`, [noAge]);
    expect(row.age_band).toBeNull();
  });

  it('tells aggregation after storing a response, once for a burst', async () => {
    const other = await publishedSurvey(ctx, { designer: survey.designer });
    const otherLink = await createLink(other);
    await Promise.all(Array.from({ length: 10 }, () => submit(ctx, otherLink.token).expect(201)));
    const queue = ctx.app.get<Queue>(getQueueToken(QueueName.Aggregation));
    const deadline = Date.now() + 5000;
    let folds: unknown[] = [];
    while (Date.now() < deadline && folds.length === 0) {
      folds = (await queue.getJobs(['delayed', 'waiting', 'active', 'completed'])).filter((job) => job.data.studyId === other.studyId);
      if (!folds.length) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(folds).toHaveLength(1);
  });
});
