import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { loginAs, type LoggedIn, type TestUser } from '../support/auth';
import { accessibilityViolations } from '../support/browser';
import { previewQuestionnaire } from '../questionnaires/support/preview-questionnaire';
import { adminInBrowser, type AdminPage, type AdminServer, aUser, logIn, screenshot } from './support/admin-app';

interface LinkRow {
  id: string;
  label: string;
  status: string;
  paused: boolean;
  url: string;
  responseCap: number | null;
  invitationOnly: boolean;
}

describe('the distribution tab', () => {
  let server: AdminServer;
  let admin: AdminPage;
  let page: Page;
  let designer: TestUser;
  let session: LoggedIn;
  let studyId: string;

  const linksNow = async (): Promise<LinkRow[]> => (await session.get(`/api/studies/${studyId}/links`).expect(200)).body;
  const row = (label: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) });

  const ui = adminInBrowser();

  beforeAll(async () => {
    ({ server, admin, page } = ui);
    designer = await aUser(server, 'designer');
    session = await loginAs(server.ctx, designer);
    studyId = (await session.post('/api/studies').send({ name: 'Brukerundersøkelsen 2026', languages: ['nb', 'en'] }).expect(201)).body.id;
    const questionnaire = await session.post(`/api/studies/${studyId}/questionnaires`).send({ title: 'Brukerundersøkelsen', definition: previewQuestionnaire }).expect(201);
    await session.post(`/api/questionnaire-versions/${questionnaire.body.versions[0].id}/publish`).expect(200);
    await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await logIn(page, server, designer);
  });

  it('says what is missing, then makes a study-wide link that is open', async () => {
    await page.goto(`${server.url}/studies/${studyId}/distribution`);
    await page.getByRole('heading', { level: 2, name: 'Utsending' }).waitFor();
    await page.getByText('Ingen lenker ennå.').waitFor();
    await page.getByLabel('Stenger').fill('');
    await page.getByRole('button', { name: 'Lag lenke' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Velg når lenken skal stenge.' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Stenger').fill('2031-06-30T23:59');
    await page.getByRole('button', { name: 'Lag lenke' }).click();
    await page.getByText('Lenken «Hele studien» er laget.').waitFor();
    await row('Hele studien').getByText('Åpen', { exact: true }).waitFor();
    const [link] = await linksNow();
    expect(link).toMatchObject({ label: 'Hele studien', status: 'open' });
    expect(new Date((link as unknown as { closesAt: string }).closesAt).getFullYear()).toBe(2031);
  });

  it('makes a capped link for one municipality picked by county', async () => {
    await page.getByLabel('Én kommune').check();
    await page.getByLabel('Fylke', { exact: true }).selectOption({ label: 'Vestland' });
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Bergen (4601)' });
    await page.getByLabel('Høyeste antall svar (valgfritt)').fill('200');
    await page.getByRole('button', { name: 'Lag lenke' }).click();
    await page.getByText('Lenken «Bergen» er laget.').waitFor();
    await row('Bergen').getByRole('cell', { name: '0 av 200' }).waitFor();
    expect((await linksNow()).find((link) => link.label === 'Bergen')).toMatchObject({ responseCap: 200, status: 'open' });
  });

  it('makes one link for every municipality of a county in one action', async () => {
    const [{ count }] = await server.ctx.app.get(DataSource).query(`SELECT count(*)::int AS count FROM "municipality" WHERE "county_code" = '15'`);
    await page.getByLabel('Alle kommunene i et fylke (én lenke per kommune)').check();
    await page.getByLabel('Fylke', { exact: true }).selectOption({ label: `Møre og Romsdal (${count} kommuner)` });
    await page.getByLabel('Tekst foran kommunenavnet (valgfritt)').fill('Plakat');
    await page.getByRole('button', { name: 'Lag lenker for alle kommunene' }).click();
    await page.getByText(`${count} lenker er laget.`).waitFor();
    await row('Plakat: Ålesund').waitFor();
    const county = (await linksNow()).filter((link) => link.label.startsWith('Plakat: '));
    expect(county).toHaveLength(count);
    // The Bergen link's cap was not carried over to the next links.
    expect(county.every((link) => link.responseCap === null)).toBe(true);
  });

  it('pauses, resumes and closes a link, and the status says so in words', async () => {
    await page.getByRole('button', { name: 'Sett Bergen på pause' }).click();
    await row('Bergen').getByText('På pause', { exact: true }).waitFor();
    expect((await linksNow()).find((link) => link.label === 'Bergen')?.status).toBe('paused');
    await page.getByRole('button', { name: 'Åpne Bergen igjen' }).click();
    await row('Bergen').getByText('Åpen', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Steng Hele studien nå' }).click();
    const dialog = page.getByRole('dialog', { name: 'Steng Hele studien nå' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Steng nå' }).click();
    await page.getByText('«Hele studien» er stengt.').waitFor();
    await row('Hele studien').getByText('Stengt', { exact: true }).waitFor();
    expect((await linksNow()).find((link) => link.label === 'Hele studien')?.status).toBe('closed');
  });

  it('copies a link and downloads its QR code as PNG and SVG', async () => {
    const bergen = (await linksNow()).find((link) => link.label === 'Bergen')!;
    await page.getByRole('button', { name: 'Kopier lenken Bergen' }).click();
    await page.getByText('Lenken til «Bergen» er kopiert.').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())).toBe(bergen.url);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned QR-kode for Bergen som PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('qr-bergen.png');
    expect(readFileSync(await png.path()).subarray(1, 4).toString('ascii')).toBe('PNG');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned QR-kode for Bergen som SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('qr-bergen.svg');
    expect(readFileSync(await svg.path(), 'utf8')).toMatch(/^<svg /);
  });

  it('makes invitation codes for an invitation-only link and downloads them once as CSV with a BOM', async () => {
    await page.getByLabel('Hele studien (respondenten velger kommune selv)').check();
    await page.getByLabel('Navn på lenken (valgfritt)').fill('Brev mars');
    await page.getByLabel('Bare med invitasjonskode').check();
    await page.getByRole('button', { name: 'Lag lenke' }).click();
    await page.getByText('Lenken «Brev mars» er laget.').waitFor();
    await page.getByRole('button', { name: 'Invitasjonskoder for Brev mars' }).click();
    await page.getByText('Kodene vises bare én gang', { exact: false }).waitFor();
    await page.getByLabel('Antall koder').fill('25');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '40-distribution-codes');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lag koder og last ned CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^invitasjonskoder-Brev-mars-[0-9a-f]{8}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('code,url');
    expect(lines).toHaveLength(26);
    expect(new Set(lines.slice(1).map((line) => line.split(',')[0])).size).toBe(25);
    await page.getByText('Uten navn: 0 av 25 brukt', { exact: false }).waitFor();
  });

  it('works in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Distribution' }).waitFor();
    await row('Bergen').getByText('Open', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Pause Bergen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '41-distribution-english');
    await page.getByRole('button', { name: 'Norsk' }).click();
  });
});
