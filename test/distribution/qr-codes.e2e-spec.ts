import { randomUUID } from 'node:crypto';
import { loggedInAs } from '../support/auth';
import { createTestApp, type TestContext } from '../support/test-app';
import { createLink, publishedSurvey, type LinkDto, type PublishedSurvey } from '../respondent/support/surveys';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('QR codes for links (GET /api/links/:id/qr-code)', () => {
  let ctx: TestContext;
  let survey: PublishedSurvey;
  let link: LinkDto;

  beforeAll(async () => {
    ctx = await createTestApp();
    survey = await publishedSurvey(ctx);
    link = await createLink(survey, { municipalityCode: '4601', label: 'Plakat Bergen – mars' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('gives a PNG 1024 pixels wide to download, named after the link', async () => {
    const response = await survey.designer.get(`/api/links/${link.id}/qr-code?format=png`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toBe('attachment; filename="qr-plakat-bergen-mars.png"');
    const png = response.body as Buffer;
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('gives an SVG that scales, with square modules inside a quiet zone', async () => {
    const response = await survey.designer.get(`/api/links/${link.id}/qr-code?format=svg`).buffer(true).parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    }).expect(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="qr-plakat-bergen-mars.svg"');
    const svg = response.body as string;
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
    expect(viewBox).not.toBeNull();
    // A QR code of version v has 17 + 4v modules a side; the quiet zone adds four on each side.
    const side = Number(viewBox![1]) - 8;
    expect(Number(viewBox![2])).toBe(side + 8);
    expect((side - 17) % 4).toBe(0);
    expect(svg).toMatch(/<path[^>]+d="M/);
  });

  it('refuses an unknown format, an unknown link, and people who may not change the study', async () => {
    const bad = (await survey.designer.get(`/api/links/${link.id}/qr-code?format=gif`).expect(400)).body;
    expect(bad).toMatchObject({ status: 400, details: [expect.objectContaining({ path: 'format', message: 'format must be png or svg' })] });
    await survey.designer.get(`/api/links/${link.id}/qr-code`).expect(400);
    await survey.designer.get(`/api/links/${randomUUID()}/qr-code?format=png`).expect(404);
    await (await loggedInAs(ctx, 'evaluator')).get(`/api/links/${link.id}/qr-code?format=png`).expect(403);
    await (await loggedInAs(ctx, 'designer')).get(`/api/links/${link.id}/qr-code?format=png`).expect(403);
    await ctx.http().get(`/api/links/${link.id}/qr-code?format=png`).expect(401);
  });
});
