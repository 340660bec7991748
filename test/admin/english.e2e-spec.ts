import type { Page } from 'playwright-core';
import type { TestUser } from '../support/auth';
import { accessibilityViolations } from '../support/browser';
import { adminInBrowser, type AdminServer, aUser, screenshot, waitUntilSaved } from './support/admin-app';
import { seedQuestionnaire } from './support/seed';

describe('the English switch', () => {
  let server: AdminServer;
  let page: Page;
  let designer: TestUser;

  const ui = adminInBrowser();

  beforeAll(async () => {
    ({ server, page } = ui);
    designer = await aUser(server);
  });

  it('turns the login page into English, and the page says it is in English', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Log in – Stemme');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '12-login-english');
  });

  it('remembers the choice after a reload and after logging in', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await page.getByLabel('E-mail address').fill(designer.email);
    await page.getByLabel('Password').fill(designer.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Studies' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main menu' }).textContent()).toContain('Studies');
  });

  it('speaks English in the builder too, and switches back to Norwegian', async () => {
    const seeded = await seedQuestionnaire(server.ctx, designer);
    await page.goto(`${server.url}/versions/${seeded.versionId}`);
    await page.getByRole('button', { name: /^1\. Hvor gammel er du\?/ }).click();
    await page.getByLabel('Highest age (optional)').fill('130');
    await waitUntilSaved(page);
    expect(await page.locator('.save-status').textContent()).toContain('Saved');
    await page.getByRole('button', { name: 'Publish version 1 …' }).waitFor();
    await screenshot(page, '13-builder-english');
    await page.getByRole('button', { name: 'Norsk' }).click();
    await page.getByRole('button', { name: 'Publiser versjon 1 …' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
  });
});
