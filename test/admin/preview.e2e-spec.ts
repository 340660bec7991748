import type { FrameLocator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { loginAs, type TestUser } from '../support/auth';
import { accessibilityViolations } from '../support/browser';
import { previewQuestionnaire } from '../questionnaires/support/preview-questionnaire';
import { adminInBrowser, type AdminServer, aUser, logIn, screenshot, waitUntilSaved } from './support/admin-app';
import { fillTexts } from './support/builder-page';

/** The little of the page these tests read (the root tsconfig has no DOM library). */
interface InPage {
  getComputedStyle(element: unknown): { backgroundColor: string };
}

describe('the preview in the builder', () => {
  let server: AdminServer;
  let page: Page;
  let designer: TestUser;
  let versionId: string;
  let frame: FrameLocator;

  const stored = async () => {
    const [row] = await server.ctx.app.get(DataSource).query(`SELECT (SELECT count(*) FROM "response_draft")::int AS drafts, (SELECT count(*) FROM "response")::int AS responses`);
    return row as { drafts: number; responses: number };
  };
  const position = () => page.locator('[data-preview-position]');

  const ui = adminInBrowser();

  beforeAll(async () => {
    ({ server, page } = ui);
    designer = await aUser(server, 'designer');
    const session = await loginAs(server.ctx, designer);
    const study = await session.post('/api/studies').send({ name: 'Studie med forhåndsvisning', languages: ['nb', 'en'] }).expect(201);
    const questionnaire = await session.post(`/api/studies/${study.body.id}/questionnaires`).send({ title: 'Brukerundersøkelsen', definition: previewQuestionnaire }).expect(201);
    versionId = questionnaire.body.versions[0].id;
    frame = page.frameLocator('iframe[title="Forhåndsvisning av skjemaet"]');
    await logIn(page, server, designer);
  });

  it('shows the first page as respondents see it, drawn by the respondent form', async () => {
    await page.goto(`${server.url}/versions/${versionId}`);
    await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Om deg' }).waitFor();
    await frame.getByRole('group', { name: /Har du en fast kontaktperson\?/ }).waitFor();
    await frame.getByText('Side 1 av 2').waitFor();
    expect(await position().textContent()).toBe('Side 1 av 2');
    // The respondent stylesheet is applied inside the frame: the primary button is not a bare browser button.
    const background = await frame.getByRole('button', { name: 'Neste' }).evaluate((button) => (globalThis as unknown as InPage).getComputedStyle(button).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '30-preview-first-page');
  });

  it('tries a condition: "Ja" opens the page about the contact person, and the counts follow', async () => {
    await frame.getByRole('button', { name: 'Neste' }).click();
    await frame.getByText('Velg ett svar').first().waitFor();
    await frame.getByLabel('Ja').check();
    await frame.getByRole('button', { name: 'Neste' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Kontaktpersonen' }).waitFor();
    await page.getByText('Side 2 av 3', { exact: true }).waitFor();
    expect(await page.getByLabel('Gå til side').inputValue()).toBe('kontakt');
    await frame.getByLabel('Hva jobber kontaktpersonen med?').fill('Sykepleier');
    await screenshot(page, '31-preview-condition');
  });

  it('switches the language of the preview and keeps the page and the answers', async () => {
    await page.getByLabel('Språk', { exact: true }).selectOption({ label: 'Engelsk' });
    await frame.getByRole('heading', { level: 1, name: 'Your contact person' }).waitFor();
    await frame.getByRole('link', { name: 'Bokmål' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Kontaktpersonen' }).waitFor();
    expect(await page.getByLabel('Språk', { exact: true }).inputValue()).toBe('nb');
  });

  it('jumps to any page, and "Tilbake" inside the preview keeps the answers given', async () => {
    await page.getByLabel('Gå til side').selectOption('til_slutt');
    await frame.getByRole('heading', { level: 1, name: 'Til slutt' }).waitFor();
    await page.getByText('Side 3 av 3', { exact: true }).waitFor();
    await frame.getByRole('button', { name: 'Tilbake' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Kontaktpersonen' }).waitFor();
    await frame.getByRole('button', { name: 'Tilbake' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Om deg' }).waitFor();
    expect(await frame.getByLabel('Ja').isChecked()).toBe(true);
  });

  it('follows the builder: a saved change shows in the preview without reloading', async () => {
    await fillTexts(page, 'Sidetittel', ['Litt om deg']);
    await waitUntilSaved(page);
    await frame.getByRole('heading', { level: 1, name: 'Litt om deg' }).waitFor();
  });

  it('answers to the end with the keyboard and sends nothing anywhere', async () => {
    const before = await stored();
    await frame.getByLabel('Nei').focus();
    await page.keyboard.press('Space');
    await frame.getByRole('button', { name: 'Neste' }).focus();
    await page.keyboard.press('Enter');
    await frame.getByRole('heading', { level: 1, name: 'Til slutt' }).waitFor();
    await page.getByText('Side 2 av 2', { exact: true }).waitFor();
    await frame.getByLabel('Er det noe annet du vil si?').fill('Takk for et fint skjema.');
    await frame.getByRole('button', { name: 'Send inn' }).click();
    await page.getByText('Her ville svaret blitt sendt inn. Ingenting er lagret, fordi dette er en forhåndsvisning.').waitFor();
    await frame.getByRole('heading', { level: 1 }).waitFor();
    expect(await stored()).toEqual(before);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '32-preview-submitted');
    await page.getByRole('button', { name: 'Start på nytt' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Litt om deg' }).waitFor();
    expect(await frame.getByLabel('Nei').isChecked()).toBe(false);
  });
});
