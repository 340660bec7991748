import { randomUUID } from 'node:crypto';
import { createTestApp, type TestContext } from '../support/test-app';
import { DEMO_PAGES, FormSession } from './support/form-session';
import { createLink, publishedSurvey, responsesOf, submit, type LinkDto } from './support/surveys';

describe('respondents while Redis is down', () => {
  let ctx: TestContext;
  let link: LinkDto;

  beforeAll(async () => {
    ctx = await createTestApp({ redis: { url: 'redis://127.0.0.1:1' } });
    link = await createLink(await publishedSurvey(ctx));
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('still stores and acknowledges a response through the JSON API (no rate limit, no announcement)', async () => {
    const submissionId = randomUUID();
    const response = await submit(ctx, link.token, { submissionId }).expect(201);
    expect(response.body.submissionId).toBe(submissionId);
    await submit(ctx, link.token, { submissionId }).expect(200);
    expect(await responsesOf(ctx, link.id)).toHaveLength(1);
  });

  it('still serves the pages and stores a response sent from them', async () => {
    const session = new FormSession(ctx, link.token);
    await session.get();
    for (const pageId of ['services', 'access', 'involvement', 'help', 'daily_life']) await session.next(DEMO_PAGES[pageId]);
    const sent = await session.post(DEMO_PAGES.about_you, { action: 'submit' });
    expect(sent.status).toBe(303);
    expect((await session.follow(sent)).text).toContain('Takk for svarene dine!');
    expect(await responsesOf(ctx, link.id)).toHaveLength(2);
  });
});
