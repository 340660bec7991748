import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loggedInAs } from '../support/auth';
import { createTestApp, type TestContext } from '../support/test-app';
import { invitationCodes } from '../respondent/support/invitations';
import { createLink, publishedSurvey, type PublishedSurvey } from '../respondent/support/surveys';

describe('invitation code batches', () => {
  let ctx: TestContext;
  let survey: PublishedSurvey;

  beforeAll(async () => {
    ctx = await createTestApp();
    survey = await publishedSurvey(ctx);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('answers 500 short, unambiguous, distinct codes once, as CSV, and keeps only their hashes', async () => {
    const link = await createLink(survey, { invitationOnly: true });
    const { batchId, codes, csv } = await invitationCodes(survey, link.id, 500);
    expect(csv.startsWith('code,url\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(`${codes[0]},${link.url}`);
    expect(codes).toHaveLength(500);
    expect(new Set(codes).size).toBe(500);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);

    const rows: { code_hash: string; used: boolean }[] = await ctx.app.get(DataSource).query(`SELECT "code_hash", "used" FROM "invitation_code" WHERE "batch_id" = $1`, [batchId]);
    const expected = codes.map((code) => createHash('sha256').update(`invitation:${code.replace('-', '')}`).digest('hex'));
    expect(rows.map((row) => row.code_hash).sort()).toEqual(expected.sort());
    expect(rows.every((row) => !row.used)).toBe(true);
    const everything = JSON.stringify(await ctx.app.get(DataSource).query(`SELECT * FROM "invitation_code" c JOIN "invitation_batch" b ON b."id" = c."batch_id"`));
    for (const code of codes.slice(0, 50)) expect(everything).not.toContain(code.replace('-', ''));
  });

  it('lists the batches with how many codes are used, never which', async () => {
    const link = await createLink(survey, { invitationOnly: true });
    const { batchId } = await invitationCodes(survey, link.id, 3);
    const list = await survey.designer.get(`/api/links/${link.id}/invitation-batches`).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: batchId, linkId: link.id, label: 'Brev', codeCount: 3, usedCount: 0 })]);
  });

  it('sends the file as a download that no cache keeps', async () => {
    const link = await createLink(survey, { invitationOnly: true });
    const response = await survey.designer.post(`/api/links/${link.id}/invitation-batches`).send({ count: 1 }).expect(201);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="invitasjonskoder-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv"$/);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('refuses codes for a link open to everyone, too many codes at once, and users without access', async () => {
    const open = await createLink(survey);
    await survey.designer.post(`/api/links/${open.id}/invitation-batches`).send({ count: 10 }).expect(422);
    const link = await createLink(survey, { invitationOnly: true });
    await survey.designer.post(`/api/links/${link.id}/invitation-batches`).send({ count: 10_001 }).expect(400);
    await survey.designer.post(`/api/links/${link.id}/invitation-batches`).send({ count: 0 }).expect(400);
    const evaluator = await loggedInAs(ctx, 'evaluator');
    await evaluator.post(`/api/links/${link.id}/invitation-batches`).send({ count: 1 }).expect(403);
  });
});
