import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RespondentLimits } from '../../apps/api/src/respondent/support/respondent-limits';
import { createTestApp, type TestContext } from '../support/test-app';
import { createLink, demoAnswers, inDays, publishedSurvey, responsesOf, submit, type PublishedSurvey } from './support/surveys';

describe('links that cannot be answered', () => {
  let ctx: TestContext;
  let survey: PublishedSurvey;

  beforeAll(async () => {
    ctx = await createTestApp();
    survey = await publishedSurvey(ctx);
  });
  afterAll(async () => {
    await ctx.close();
  });

  const unavailable = [
    ['closed', { opensAt: inDays(-10), closesAt: inDays(-1) }, 'The survey has ended', 'Undersøkelsen er ferdig'],
    ['not open yet', { opensAt: inDays(2), closesAt: inDays(10) }, 'The survey has not started yet', 'Undersøkelsen har ikke startet ennå'],
  ] as const;

  it.each(unavailable)('shows a %s link as a friendly page with 410, in the respondent\'s language, and refuses answers', async (_, times, english, bokmal) => {
    const link = await createLink(survey, times);
    const page = await ctx.http().get(`/s/${link.token}?lang=en`).expect(410);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain(english);
    expect((await ctx.http().get(`/s/${link.token}`).expect(410)).text).toContain(bokmal);
    const refused = await submit(ctx, link.token, { language: 'en' }).expect(410);
    expect(refused.body.message).toContain(english);
    await ctx.http().get(`/api/s/${link.token}/form?lang=en`).expect(410);
    expect(await responsesOf(ctx, link.id)).toEqual([]);
  });

  it('shows a paused link as paused until it is resumed, still answering a retry of a stored response with its receipt', async () => {
    const link = await createLink(survey);
    await survey.designer.patch(`/api/links/${link.id}`).send({ paused: true }).expect(200);
    expect((await ctx.http().get(`/s/${link.token}?lang=en`).expect(410)).text).toContain('The survey is paused');
    await submit(ctx, link.token).expect(410);
    await survey.designer.patch(`/api/links/${link.id}`).send({ paused: false }).expect(200);
    const submissionId = randomUUID();
    const stored = await submit(ctx, link.token, { submissionId }).expect(201);
    await survey.designer.patch(`/api/links/${link.id}`).send({ paused: true }).expect(200);
    expect((await submit(ctx, link.token, { submissionId }).expect(200)).body).toEqual(stored.body);
    await survey.designer.patch(`/api/links/${link.id}`).send({ paused: false }).expect(200);
    await ctx.http().get(`/s/${link.token}`).expect(200);
    await submit(ctx, link.token).expect(201);
  });

  it('shows a link that does not exist as a page with 404', async () => {
    const page = await ctx.http().get('/s/AAAAAAAAAAAAAAAAAAAAAAAA').expect(404);
    expect(page.text).toContain('Vi finner ikke denne lenken');
  });

  describe('a capped link', () => {
    it('stores exactly as many responses as its cap, however many arrive at once, then is full', async () => {
      const link = await createLink(survey, { responseCap: 5 });
      const ids = Array.from({ length: 20 }, () => randomUUID());
      const statuses = await Promise.all(ids.map((submissionId) => submit(ctx, link.token, { submissionId }).then((response) => response.status)));
      expect(statuses.filter((status) => status === 201)).toHaveLength(5);
      expect(statuses.filter((status) => status === 410)).toHaveLength(15);
      expect(await responsesOf(ctx, link.id)).toHaveLength(5);

      expect((await ctx.http().get(`/s/${link.token}?lang=en`).expect(410)).text).toContain('We have enough answers');
      expect((await survey.designer.get(`/api/links/${link.id}`).expect(200)).body).toMatchObject({ status: 'full', responseCap: 5, responsesCounted: 5 });

      const stored = ids[statuses.indexOf(201)];
      await submit(ctx, link.token, { submissionId: stored }).expect(200);
    });

    it('does not count a repeated submission against the cap', async () => {
      const link = await createLink(survey, { responseCap: 2 });
      const submissionId = randomUUID();
      await submit(ctx, link.token, { submissionId }).expect(201);
      await submit(ctx, link.token, { submissionId }).expect(200);
      await submit(ctx, link.token).expect(201);
      await submit(ctx, link.token).expect(410);
    });

    it('counts the responses a link already has when a cap is set later, and forgets the count when it is removed', async () => {
      const link = await createLink(survey);
      await submit(ctx, link.token).expect(201);
      await submit(ctx, link.token).expect(201);
      expect((await survey.designer.patch(`/api/links/${link.id}`).send({ responseCap: 3 }).expect(200)).body).toMatchObject({ responsesCounted: 2, status: 'open' });
      await submit(ctx, link.token).expect(201);
      await submit(ctx, link.token).expect(410);
      expect((await survey.designer.patch(`/api/links/${link.id}`).send({ responseCap: null }).expect(200)).body).toMatchObject({ responsesCounted: null, status: 'open' });
      await submit(ctx, link.token).expect(201);
    });
  });

  describe('the per-link rate limit', () => {
    it('tells respondents who start a form during a rush to wait a moment (429), not that the survey is paused', async () => {
      const limits = ctx.app.get(RespondentLimits) as { formStartsPerLinkPerSecond: number };
      limits.formStartsPerLinkPerSecond = 2;
      try {
        const link = await createLink(survey);
        const pages = await Promise.all(Array.from({ length: 12 }, () => ctx.http().get(`/s/${link.token}?lang=en`)));
        const busy = pages.filter((page) => page.status === 429);
        expect(busy.length).toBeGreaterThan(0);
        expect(busy[0].headers['retry-after']).toBe('2');
        expect(busy[0].text).toContain('Many people are answering right now');
        expect(busy[0].text).not.toContain('pause');
        expect(pages.filter((page) => page.status === 200).length).toBeGreaterThan(0);
      } finally {
        limits.formStartsPerLinkPerSecond = 150;
      }
    });


    it('refuses submissions over the limit with 429 and Retry-After, counting by link only', async () => {
      const limits = ctx.app.get(RespondentLimits) as { submissionsPerLinkPerSecond: number };
      limits.submissionsPerLinkPerSecond = 3;
      try {
        const link = await createLink(survey);
        const responses = await Promise.all(Array.from({ length: 12 }, () => submit(ctx, link.token)));
        const refused = responses.filter((response) => response.status === 429);
        expect(refused.length).toBeGreaterThan(0);
        expect(refused[0].headers['retry-after']).toBe('1');
        expect(responses.filter((response) => response.status === 201).length).toBeLessThanOrEqual(6);

        const redis = new Redis('redis://127.0.0.1:6379');
        const keys = await redis.keys(`${ctx.config.redis.queuePrefix}:link-rate:*`);
        redis.disconnect();
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys) expect(key).toMatch(new RegExp(`^${ctx.config.redis.queuePrefix}:link-rate:(submit|start|code):[0-9a-f-]{36}:\\d{10}$`));
      } finally {
        limits.submissionsPerLinkPerSecond = 300;
      }
    });
  });

  describe('a per-municipality link', () => {
    it('answers the municipality question itself: the form skips it, and the response gets the link\'s municipality', async () => {
      const link = await createLink(survey, { municipalityCode: '4601' });
      expect(link).toMatchObject({ kind: 'municipality', municipalityCode: '4601', label: 'Bergen' });
      const form = await ctx.http().get(`/api/s/${link.token}/form`).expect(200);
      expect(form.body).toMatchObject({ skippedVariables: ['q37_municipality'], link: { kind: 'municipality', municipality: { code: '4601', name: 'Bergen' } } });
      expect(form.body.municipalities).toBeUndefined();

      await submit(ctx, link.token, { answers: demoAnswers({ q37_municipality: undefined }) }).expect(201);
      await submit(ctx, link.token, { answers: demoAnswers({ q37_municipality: '4601' }) }).expect(201);
      const refused = await submit(ctx, link.token, { language: 'en', answers: demoAnswers({ q37_municipality: '0301' }) }).expect(422);
      expect(refused.body.details).toEqual([expect.objectContaining({ path: 'answers.q37_municipality' })]);
      const rows = await responsesOf(ctx, link.id);
      expect(rows.map((row) => [row.municipality_code, row.county_code])).toEqual([
        ['4601', '46'],
        ['4601', '46'],
      ]);
    });
  });
});
