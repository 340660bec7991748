import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DraftSweeper } from '../../apps/api/src/respondent/support/draft-sweeper';
import { createTestApp, type TestContext } from '../support/test-app';
import { DEMO_PAGES, FormSession } from './support/form-session';
import { invitationCodes } from './support/invitations';
import { createLink, demoAnswers, publishedSurvey, responsesOf, submit, type LinkDto, type PublishedSurvey } from './support/surveys';

describe('invitation codes', () => {
  let ctx: TestContext;
  let survey: PublishedSurvey;
  let link: LinkDto;
  let codes: string[];
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestApp();
    db = ctx.app.get(DataSource);
    survey = await publishedSurvey(ctx);
    link = await createLink(survey, { invitationOnly: true });
    codes = (await invitationCodes(survey, link.id, 10)).codes;
  });
  afterAll(async () => {
    await ctx.close();
  });

  const codeRow = (code: string) =>
    db.query(`SELECT "used", "xmin"::text AS "xmin" FROM "invitation_code" WHERE "code_hash" = encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [
      `invitation:${code.replace('-', '')}`,
    ]).then((rows: { used: boolean; xmin: string }[]) => rows[0]);

  it('asks for the code before the form, and lets the respondent in with a good one, once', async () => {
    const session = new FormSession(ctx, link.token);
    const entry = await session.get();
    expect(entry.status).toBe(200);
    expect(entry.text).toContain('Skriv inn koden fra invitasjonen');
    expect(entry.text).not.toContain('Fortsett der du slapp');
    expect(entry.text).not.toContain('q01_services');

    const wrong = await session.post({ code: 'AAAAA-BBBBB' }, { path: '/invitation' });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('Vi finner ikke denne koden');

    const admitted = await session.post({ code: codes[0].toLowerCase() }, { path: '/invitation' });
    expect(admitted.status).toBe(303);
    const form = await session.follow(admitted);
    expect(form.text).toContain('name="q01_services"');
    expect((await codeRow(codes[0])).used).toBe(true);

    const someoneElse = new FormSession(ctx, link.token);
    await someoneElse.get();
    const reused = await someoneElse.post({ code: codes[0] }, { path: '/invitation' });
    expect(reused.status).toBe(422);
    expect(reused.text).toContain('Vi finner ikke denne koden');
  });

  it('leaves nothing that links the code to the response: no column, no shared transaction id', async () => {
    const session = new FormSession(ctx, link.token);
    await session.get();
    await session.follow(await session.post({ code: codes[1] }, { path: '/invitation' }));
    const code = await codeRow(codes[1]);
    for (const pageId of ['services', 'access', 'involvement', 'help', 'daily_life']) await session.next(DEMO_PAGES[pageId]);
    expect((await session.post(DEMO_PAGES.about_you, { action: 'submit' })).status).toBe(303);

    const [response] = await responsesOf(ctx, link.id);
    const [versions] = await db.query(`SELECT "xmin"::text AS "xmin", "created_txid"::text AS "txid" FROM "response" WHERE "id" = $1`, [response.id]);
    expect(code.used).toBe(true);
    expect(versions.xmin).not.toBe(code.xmin);
    expect(versions.txid).not.toBe(code.xmin);

    const responseColumns: { column_name: string }[] = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'response'`);
    expect(responseColumns.map((column) => column.column_name).filter((name) => /code_hash|batch|invitation|draft/.test(name))).toEqual([]);
    const references: { table_name: string }[] = await db.query(`
      SELECT DISTINCT tc.table_name FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
      WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name IN ('invitation_code', 'invitation_batch')`);
    expect(references.map((row) => row.table_name)).toEqual(['invitation_code']);
    const codeColumns: { column_name: string }[] = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'invitation_code' ORDER BY ordinal_position`);
    expect(codeColumns.map((column) => column.column_name)).toEqual(['code_hash', 'batch_id', 'used']);
  });

  it('re-stamps used codes in the sweep, so their row versions no longer tell the order they were used in', async () => {
    for (const code of [codes[2], codes[3]]) {
      const session = new FormSession(ctx, link.token);
      await session.get();
      await session.post({ code }, { path: '/invitation' });
    }
    expect((await codeRow(codes[2])).xmin).not.toBe((await codeRow(codes[3])).xmin);
    await ctx.app.get(DraftSweeper).sweep();
    const stamps = await Promise.all(codes.slice(0, 4).map(codeRow));
    expect(new Set(stamps.map((stamp) => stamp.xmin)).size).toBe(1);
    expect(stamps.every((stamp) => stamp.used)).toBe(true);
  });

  describe('through the JSON API', () => {
    it('stores a response sent with a code, once, and refuses the code a second time', async () => {
      const submissionId = randomUUID();
      await submit(ctx, link.token, { submissionId, invitationCode: codes[4] }).expect(201);
      await submit(ctx, link.token, { submissionId, invitationCode: codes[4] }).expect(200);
      const refused = await submit(ctx, link.token, { language: 'en', invitationCode: codes[4] }).expect(422);
      expect(refused.body.details).toEqual([{ path: 'invitationCode', message: 'We cannot find this code. Check that you typed it correctly.' }]);
    });

    it('refuses a response without a code, and keeps a code that came with answers it could not accept', async () => {
      await submit(ctx, link.token).expect(422);
      await submit(ctx, link.token, { invitationCode: codes[5], answers: demoAnswers({ q38_age: 5 }) }).expect(422);
      expect((await codeRow(codes[5])).used).toBe(false);
      await submit(ctx, link.token, { invitationCode: codes[5] }).expect(201);
    });
  });
});
