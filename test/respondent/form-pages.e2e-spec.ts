import { DataSource } from 'typeorm';
import { DraftSweeper } from '../../apps/api/src/respondent/support/draft-sweeper';
import { createTestApp, type TestContext } from '../support/test-app';
import { DEMO_PAGES, FormSession } from './support/form-session';
import { createLink, publishedSurvey, type LinkDto, type PublishedSurvey } from './support/surveys';

const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

describe('the respondent form as HTML pages', () => {
  let ctx: TestContext;
  let survey: PublishedSurvey;
  let link: LinkDto;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestApp();
    survey = await publishedSurvey(ctx);
    link = await createLink(survey);
    db = ctx.app.get(DataSource);
  });
  afterAll(async () => {
    await ctx.close();
  });

  const draftOf = async (session: FormSession) => {
    const [cookie] = (await session.agent.jar.getCookies({ path: `/s/${session.token}`, domain: '127.0.0.1', secure: false, script: false })) as unknown as { value: string }[];
    const [draft] = await db.query(`SELECT *, "expires_on"::text AS "expires_on" FROM "response_draft" WHERE "id" = $1`, [cookie?.value]);
    return draft;
  };

  it('serves the first page with a strict policy, no referrer, no caching, and only a draft cookie', async () => {
    const session = new FormSession(ctx, link.token);
    const page = await session.get();
    expect(page.status).toBe(200);
    expect(page.text).toContain('Hjelpen fra kommunen');
    expect(page.text).toContain('Side 1 av 6');
    const response = await session.agent.get(`/s/${link.token}`);
    expect(response.headers).toMatchObject({ 'content-security-policy': STRICT_CSP, 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
    expect(page.setCookie).toHaveLength(1);
    expect(page.setCookie[0]).toMatch(new RegExp(`^stemme_form=[0-9a-f-]{36}; Path=/s/${link.token}; HttpOnly; SameSite=Strict$`));
    expect(session.hidden('_csrf')).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('keeps no time of day with a draft', async () => {
    const columns: { column_name: string; data_type: string }[] = await db.query(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'response_draft'`,
    );
    expect(columns.filter((column) => /time|interval/.test(column.data_type))).toEqual([]);
  });

  it('goes page by page to the receipt and stores one response, even when the last page is sent twice', async () => {
    const session = new FormSession(ctx, link.token);
    await session.get();
    for (const pageId of ['services', 'access', 'involvement', 'help', 'daily_life']) {
      expect(session.pageId).toBe(pageId);
      const next = await session.next(DEMO_PAGES[pageId]);
      expect(next.status).toBe(200);
    }
    expect(session.pageId).toBe('about_you');
    expect(session.html).toContain('Side 6 av 6');
    const draft = await draftOf(session);
    // A double click: the same last page sent twice at once, with the browser's cookie.
    const sendLastPage = () =>
      ctx
        .http()
        .post(`/s/${link.token}`)
        .set('Cookie', `stemme_form=${draft.id}`)
        .type('form')
        .send(new URLSearchParams({ _csrf: draft.csrf_token, _page: 'about_you', _action: 'submit', ...DEMO_PAGES.about_you } as Record<string, string>).toString());
    const [sent, again] = await Promise.all([sendLastPage(), sendLastPage()]);
    for (const answer of [sent, again]) {
      expect(answer.status).toBe(303);
      expect(answer.headers.location).toBe(`/s/${link.token}/receipt?lang=nb`);
    }
    const cleared = [sent, again].flatMap((answer) => (answer.headers['set-cookie'] as unknown as string[] | undefined) ?? []);
    expect(cleared[0]).toMatch(new RegExp(`^stemme_form=; Max-Age=0; Path=/s/${link.token}; HttpOnly; SameSite=Strict$`));
    const receipt = await ctx.http().get(sent.headers.location).expect(200);
    expect(receipt.text).toContain('Takk for svarene dine!');
    const late = await sendLastPage();
    expect(late.headers.location).toBe(`/s/${link.token}/receipt?lang=nb`);

    const rows = await db.query(`SELECT "answers", "municipality_code", "age_band" FROM "response" WHERE "submission_id" = $1`, [draft.submission_id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ municipality_code: '4601', age_band: 0 });
    const [leftover] = await db.query(`SELECT "submitted", "answers", "resume_code_hash" FROM "response_draft" WHERE "id" = $1`, [draft.id]);
    expect(leftover).toEqual({ submitted: true, answers: {}, resume_code_hash: null });
  });

  it('shows a page again with the error summary, in the respondent\'s language, and 422', async () => {
    const session = new FormSession(ctx, link.token);
    await session.get('', 'lang=en');
    const refused = await session.post({ q04_admitted: '2' });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('There is a problem');
    expect(refused.text).toContain('Choose at least one answer');
    await session.get('', 'lang=nb');
    const norsk = await session.post({ q04_admitted: '2' });
    expect(norsk.text).toContain('Det er noe som mangler');
    expect(norsk.text).toContain('Velg minst ett svar');
  });

  it('switches language and keeps the chosen one on the following pages', async () => {
    const session = new FormSession(ctx, link.token);
    await session.get();
    const english = await session.get('', 'page=services&lang=en');
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('Help from the municipality');
    const next = await session.next(DEMO_PAGES.services);
    expect(next.text).toContain('Getting help');
  });

  it('escapes what the respondent wrote when it shows it again', async () => {
    const session = new FormSession(ctx, link.token);
    await session.get('', 'page=about_you');
    const shown = await session.post({ q37_municipality: '4601', q38_age: '<script>alert(1)</script>', q41_anything_else: '<img src=x onerror=alert(1)>' });
    expect(shown.status).toBe(422);
    expect(shown.text).not.toContain('<script>alert(1)');
    expect(shown.text).not.toContain('<img src=x');
    expect(shown.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('saves nothing from a post without the form\'s token', async () => {
    const session = new FormSession(ctx, link.token);
    await session.get();
    const forged = await session.post(DEMO_PAGES.services, { csrf: 'forged-token-forged-token-forged-t' });
    expect(forged.status).toBe(303);
    expect(forged.location).toBe(`/s/${link.token}`);
    expect((await draftOf(session)).answers).toEqual({});
    const missing = await session.post(DEMO_PAGES.services, { csrf: null });
    expect(missing.status).toBe(303);
    expect((await draftOf(session)).answers).toEqual({});
  });

  it('refuses a form post over the size limit', async () => {
    const session = new FormSession(ctx, link.token);
    await session.get();
    const huge = await session.post({ q41_anything_else: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
  });

  it('skips the municipality question on a per-municipality link and stores the link\'s municipality', async () => {
    const bergen = await createLink(survey, { municipalityCode: '4601' });
    const session = new FormSession(ctx, bergen.token);
    await session.get('', 'page=about_you');
    expect(session.html).toContain('Om deg');
    expect(session.html).not.toContain('name="q37_municipality"');
    const draft = await draftOf(session);
    await session.get('', 'page=services');
    await session.next({ q01_services: '1' });
    await session.get('', 'page=help');
    await session.next({ q20_contact_person: '2', _shown: 'q23_wants_contact_person' });
    await session.get('', 'page=about_you');
    const sent = await session.post({ q38_age: '40' }, { action: 'submit' });
    expect(sent.status).toBe(303);
    const [row] = await db.query(`SELECT "municipality_code", "county_code" FROM "response" WHERE "submission_id" = $1`, [draft.submission_id]);
    expect(row).toEqual({ municipality_code: '4601', county_code: '46' });
  });

  describe('save and continue later', () => {
    it('gives a code that continues the form in another session, where the saved answers are shown', async () => {
      const first = new FormSession(ctx, link.token);
      await first.get();
      await first.next(DEMO_PAGES.services);
      const saved = await first.post({ q05_easy_to_get_help: '2' }, { action: 'save' });
      expect(saved.status).toBe(200);
      const code = /class="resume-code">([A-Z0-9-]+)</.exec(saved.text)?.[1];
      expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
      const draft = await draftOf(first);
      expect(draft.resume_code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(draft.resume_code_hash).not.toContain(code!.replace(/-/g, ''));
      expect(JSON.stringify(draft)).not.toContain(code!.replace(/-/g, ''));

      const second = new FormSession(ctx, link.token);
      await second.get('/resume');
      const wrong = await second.post({ code: 'AAAA-BBBB-CC' }, { path: '/resume' });
      expect(wrong.status).toBe(422);
      expect(wrong.text).toContain('Vi finner ikke denne koden');
      const resumed = await second.post({ code: code!.toLowerCase() }, { path: '/resume' });
      expect(resumed.status).toBe(303);
      expect(resumed.location).toBe(`/s/${link.token}?page=access&lang=nb`);
      const page = await second.follow(resumed);
      expect(page.text).toMatch(/name="q05_easy_to_get_help" value="2"[^>]*checked/);
      expect(await draftOf(second)).toMatchObject({ id: draft.id });
    });

    it('deletes an expired draft when it is opened, and the sweep deletes the rest', async () => {
      const session = new FormSession(ctx, link.token);
      await session.get();
      await session.next(DEMO_PAGES.services);
      const draft = await draftOf(session);
      await db.query(`UPDATE "response_draft" SET "expires_on" = current_date - 1 WHERE "id" = $1`, [draft.id]);
      const fresh = await session.get();
      expect(fresh.text).toContain('Side 1 av 6');
      expect(await db.query(`SELECT 1 FROM "response_draft" WHERE "id" = $1`, [draft.id])).toEqual([]);

      const other = new FormSession(ctx, link.token);
      await other.get();
      const stale = await draftOf(other);
      await db.query(`UPDATE "response_draft" SET "expires_on" = current_date - 1 WHERE "id" = $1`, [stale.id]);
      const swept = await ctx.app.get(DraftSweeper).sweep();
      expect(swept.draftsDeleted).toBeGreaterThanOrEqual(1);
      expect(await db.query(`SELECT 1 FROM "response_draft" WHERE "id" = $1`, [stale.id])).toEqual([]);
    });

    it('sets the expiry from the study\'s days for unfinished forms, as a date', async () => {
      const short = await publishedSurvey(ctx, { designer: survey.designer, unfinishedExpiryDays: 3 });
      const shortLink = await createLink(short);
      const session = new FormSession(ctx, shortLink.token);
      await session.get();
      const [{ expected }] = await db.query(`SELECT ((now() AT TIME ZONE 'Europe/Oslo')::date + 3)::text AS expected`);
      expect((await draftOf(session)).expires_on).toBe(expected);
    });
  });

  it('answers the JSON API with the same strict headers', async () => {
    const response = await ctx.http().get(`/api/s/${link.token}/form`).expect(200);
    expect(response.headers).toMatchObject({ 'content-security-policy': STRICT_CSP, 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('serves the stylesheet and the script under content-hashed names, and nothing else', async () => {
    const session = new FormSession(ctx, link.token);
    await session.get();
    const css = /href="(\/s\/assets\/form\.[0-9a-f]{12}\.css)"/.exec(session.html)![1];
    const js = /src="(\/s\/assets\/form\.[0-9a-f]{12}\.js)"/.exec(session.html)![1];
    expect((await ctx.http().get(css).expect(200)).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await ctx.http().get(js).expect(200)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    await ctx.http().get('/s/assets/form.000000000000.css').expect(404);
  });
});
