import type { Browser, Page } from 'playwright-core';
import { loginAs, type TestUser } from '../support/auth';
import { accessibilityViolations } from '../support/browser';
import { adminInBrowser, type AdminServer, aUser, logIn, openAdminPage, screenshot } from './support/admin-app';

describe('an administrator manages users and who may see a study', () => {
  let browser: Browser;
  let server: AdminServer;
  let page: Page;
  let administrator: TestUser;
  let studyId: string;

  const ui = adminInBrowser();

  beforeAll(async () => {
    ({ browser, server, page } = ui);
    administrator = await aUser(server, 'admin', 'Ada Admin');
    const session = await loginAs(server.ctx, administrator);
    studyId = (await session.post('/api/studies').send({ name: 'Pårørendeundersøkelsen' }).expect(201)).body.id;
    await logIn(page, server, administrator);
  });

  it('creates a user after saying what is wrong with the first attempt', async () => {
    await page.getByRole('link', { name: 'Brukere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brukere' }).waitFor();
    await page.getByLabel('Fullt navn').fill('Per Evaluator');
    await page.getByLabel('E-postadresse').fill('per.evaluator@example.no');
    await page.getByLabel('Rolle').selectOption('evaluator');
    await page.getByLabel('Første passord').fill('kort');
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByRole('alert').filter({ hasText: 'Passordet må ha minst 12 tegn.' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Første passord').fill('et langt nok passord');
    await page.getByRole('button', { name: 'Opprett bruker' }).click();
    await page.getByText('Brukeren Per Evaluator er opprettet.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '14-users');
  });

  it('disables and enables a user', async () => {
    await page.getByRole('button', { name: 'Deaktiver Per Evaluator' }).click();
    await page.getByText('Per Evaluator er deaktivert.').waitFor();
    await page.getByRole('button', { name: 'Aktiver Per Evaluator' }).click();
    await page.getByText('Per Evaluator er aktivert igjen.').waitFor();
  });

  it('gives access limited to one municipality picked from the register, and takes it away', async () => {
    await page.goto(`${server.url}/studies/${studyId}/access`);
    await page.getByRole('heading', { level: 2, name: 'Tilgang' }).waitFor();
    await page.getByRole('button', { name: 'Gi tilgang Per Evaluator' }).click();
    await page.getByLabel('Bare én kommune').check();
    await page.getByLabel('Fylke').selectOption({ label: 'Oslo' });
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Oslo (0301)' });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '15-access-grant');
    await page.getByRole('button', { name: 'Lagre tilgang' }).click();
    await page.getByText('Per Evaluator har fått tilgang.').waitFor();
    await page.getByRole('cell', { name: 'Bare Oslo' }).waitFor();
    const session = await loginAs(server.ctx, administrator);
    const users = (await session.get('/api/users').expect(200)).body as Array<{ id: string; email: string }>;
    const per = users.find((user) => user.email === 'per.evaluator@example.no')!;
    expect((await session.get(`/api/users/${per.id}/study-access/${studyId}`).expect(200)).body.municipalityCode).toBe('0301');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '16-access');
    await page.getByRole('button', { name: 'Fjern tilgang Per Evaluator' }).click();
    await page.getByText('Tilgangen til Per Evaluator er fjernet.').waitFor();
    await session.get(`/api/users/${per.id}/study-access/${studyId}`).expect(404);
  });

  it('tells how long to wait after too many failed logins', async () => {
    const locked = await aUser(server, 'designer');
    for (let attempt = 0; attempt < 5; attempt++) {
      await server.ctx.http().post('/api/auth/login').send({ email: locked.email, password: 'wrong password' }).expect(401);
    }
    const visitor = await openAdminPage(browser);
    try {
      await visitor.page.goto(`${server.url}/`);
      await visitor.page.getByLabel('E-postadresse').fill(locked.email);
      await visitor.page.getByLabel('Passord').fill(locked.password);
      await visitor.page.getByRole('button', { name: 'Logg inn' }).click();
      await visitor.page.getByRole('alert').filter({ hasText: /For mange mislykkede forsøk\. Vent 1[45] minutter før du prøver igjen\./ }).waitFor();
      await screenshot(visitor.page, '17-login-too-many');
    } finally {
      await visitor.context.close();
    }
  });
});
