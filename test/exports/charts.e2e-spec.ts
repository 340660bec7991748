import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pngSize, summarisePixels } from '../../libs/reports/src/charts/testing/png-pixels';
import { binary, download, exportAndWait, exportWorld, type ExportWorld } from './support/export-setup';
import { zipEntries } from './support/zip-entries';

// Samples to look at; test-artifacts/ is gitignored.
const ARTIFACTS = join(__dirname, '../../test-artifacts/exports');

describe('charts', () => {
  let world: ExportWorld;

  beforeAll(async () => {
    world = await exportWorld({ seed: 5 });
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(() => world.close());

  const chart = (variable: string, query: Record<string, string | number> = {}) =>
    world.designer.get(`/api/studies/${world.study.studyId}/charts/${variable}`).query(query).buffer(true).parse(binary);

  it('draws a question by county as a print-size PNG that is not blank, hidden counties left out with a note', async () => {
    const response = await chart('q_trust.png', { breakdown: 'county' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toBe('inline; filename="q_trust-fylke.png"');
    const png = response.body as Buffer;
    await writeFile(join(ARTIFACTS, 'q_trust-by-county.png'), png);
    expect(pngSize(png).width).toBe(1800);
    expect(pngSize(png).height).toBeGreaterThanOrEqual(1000);
    const pixels = await summarisePixels(png);
    expect(pixels.transparentPixels).toBe(0);
    expect(pixels.darkPixels).toBeGreaterThan(5000);
    expect(pixels.luminanceVariance).toBeGreaterThan(500);
  });

  it('draws SVG, municipalities a county at a time, and one option of a multiple-choice question', async () => {
    const svg = await chart('q_hours.svg', { breakdown: 'age_band', lang: 'en' });
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body.toString('utf8')).toMatch(/<svg[^>]*viewBox="0 0 900 \d+"[^>]*><title>Hvor mange\?<\/title>/);

    const municipalities = await chart('q_gender.png', { breakdown: 'municipality', county: '46' });
    expect(municipalities.status).toBe(200);
    await writeFile(join(ARTIFACTS, 'q_gender-municipalities-in-vestland.png'), municipalities.body);

    expect((await chart('q_channels.png', { breakdown: 'county' })).status).toBe(400);
    const option = await chart('q_channels.png', { breakdown: 'county', option: 2 });
    expect(option.status).toBe(200);
    await writeFile(join(ARTIFACTS, 'q_channels-option-2-by-county.png'), option.body);
  });

  it('refuses a municipality chart without its county, and what has no chart', async () => {
    expect((await chart('q_gender.png', { breakdown: 'municipality' })).status).toBe(400);
    expect((await chart('q_comment.png')).status).toBe(422);
    expect((await chart('q_nothing.png')).status).toBe(404);
    expect((await chart('q_gender.gif')).status).toBe(400);
  });

  it('exports every chart of every question, PNG and SVG, in one zip', async () => {
    const job = await exportAndWait(world.designer, world.study.studyId, { kind: 'charts' });
    expect(job.status).toBe('done');
    const entries = await zipEntries((await download(world.designer, job.id, world.dataDir)).path);
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['q_trust/q_trust-fylke.png', 'q_trust/q_trust-fylke.svg', 'q_trust/q_trust-aldersgruppe.png', 'q_trust/q_trust-kommune-oslo.png']));
    expect(names).toEqual(expect.arrayContaining(['q_channels/q_channels-hele-landet.png', 'q_channels/q_channels-fylke-1.png', 'q_channels/q_channels-fylke-3.svg']));
    expect(names.some((name) => name.startsWith('q_comment'))).toBe(false);
    expect(entries.every((entry) => entry.size > 1000)).toBe(true);
  });
});
