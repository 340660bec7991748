import type { Page } from 'playwright-core';
import { loginAs, type TestUser } from '../support/auth';
import { accessibilityViolations } from '../support/browser';
import { adminInBrowser, type AdminServer, aUser, logIn, screenshot } from './support/admin-app';

describe('a designer puts help on the receipt', () => {
  let server: AdminServer;
  let page: Page;
  let designer: TestUser;
  let studyId: string;

  const ui = adminInBrowser();

  beforeAll(async () => {
    ({ server, page } = ui);
    designer = await aUser(server, 'designer', 'Dina Designer');
    const session = await loginAs(server.ctx, designer);
    studyId = (await session.post('/api/studies').send({ name: 'Brukerundersøkelsen 2026', languages: ['nb', 'en'] }).expect(201)).body.id;
    await logIn(page, server, designer);
  });

  it('says on the field when a link cannot be opened from a phone, and saves the text and the fixed link', async () => {
    await page.goto(`${server.url}/studies/${studyId}/settings`);
    const help = page.getByRole('group', { name: 'Hjelp på kvitteringen' });
    await help.getByLabel('Hjelpetekst (Bokmål)').fill('Har du det vanskelig nå? Du kan ringe hele døgnet.');
    await help.getByLabel('Hjelpetekst (Engelsk)').fill('Are things hard right now? You can call day and night.');
    await help.getByRole('button', { name: 'Legg til lenke' }).click();
    const link = help.getByRole('group', { name: 'Lenke 1' });
    await link.getByLabel('Adresse').fill('116 123');
    await link.getByLabel('Tekst på lenken (Bokmål)').fill('Ring Hjelpetelefonen 116 123');
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Dette må rettes' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Lenke 1: Adressen må begynne med tel:, sms:, mailto: eller https://');
    expect(await link.getByLabel('Adresse').getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'receipt-help-error');
    const unchanged = await loginAs(server.ctx, designer);
    expect((await unchanged.get(`/api/studies/${studyId}`).expect(200)).body.receiptHelp).toEqual({ text: {}, links: [] });

    await link.getByLabel('Adresse').fill('tel:116123');
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await page.getByText('Innstillingene er lagret.').waitFor();
    expect((await unchanged.get(`/api/studies/${studyId}`).expect(200)).body.receiptHelp).toEqual({
      text: { nb: 'Har du det vanskelig nå? Du kan ringe hele døgnet.', en: 'Are things hard right now? You can call day and night.' },
      links: [{ href: 'tel:116123', label: { nb: 'Ring Hjelpetelefonen 116 123' } }],
    });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'receipt-help-saved');
  });
});
