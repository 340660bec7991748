import type { Page } from 'playwright-core';
import { accessibilityViolations } from '../support/browser';
import { adminInBrowser, type AdminServer, aUser, screenshot, waitUntilSaved } from './support/admin-app';
import { addQuestion, fillTexts, isFocused, openQuestion, optionCode } from './support/builder-page';

/**
 * A designer's first questionnaire, start to finish, in real Chromium: one browser page carries
 * through the steps below in order, as a person would.
 */
describe('a designer builds and publishes a questionnaire', () => {
  let server: AdminServer;
  let page: Page;
  const password = 'correct horse battery staple';

  const ui = adminInBrowser();

  beforeAll(async () => {
    ({ server, page } = ui);
  });

  it('says plainly when the password is wrong, and the login page passes axe', async () => {
    const designer = await aUser(server, 'designer', 'Kari Designer');
    await page.goto(`${server.url}/`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '01-login');
    await page.getByLabel('E-postadresse').fill(designer.email);
    await page.getByLabel('Passord').fill('not the password');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('alert').filter({ hasText: 'Feil e-postadresse eller passord' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '02-login-wrong-password');
    await page.getByLabel('Passord').fill(password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Studier' }).waitFor();
  });

  it('creates a study from the studies list, which passes axe', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '03-studies-empty');
    await page.getByLabel('Navn på studien').fill('Brukerundersøkelsen 2026');
    await page.getByRole('button', { name: 'Opprett studie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brukerundersøkelsen 2026' }).waitFor();
  });

  it('puts an age band error on its row, saves the fixed settings, and the settings pass axe', async () => {
    await page.getByRole('link', { name: 'Innstillinger' }).click();
    await page.getByRole('heading', { level: 2, name: 'Innstillinger' }).waitFor();
    await page.getByLabel('Engelsk').check();
    await page.getByLabel('Fra alder, gruppe 3').fill('27');
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Dette må rettes' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Aldersgruppe 3: Gruppen overlapper med gruppen før, som går til 29 år.');
    expect(await page.getByLabel('Fra alder, gruppe 3').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Fra alder, gruppe 2').getAttribute('aria-invalid')).toBeNull();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '04-settings-error');
    await page.getByLabel('Fra alder, gruppe 3').fill('30');
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await page.getByText('Innstillingene er lagret.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '05-settings-saved');
  });

  it('builds five kinds of question with a condition on an earlier one', async () => {
    await page.getByRole('link', { name: 'Spørreskjema' }).click();
    await page.getByLabel('Navn på spørreskjemaet').fill('Brukerundersøkelse');
    await page.getByRole('button', { name: 'Lag spørreskjema' }).click();
    await page.getByRole('button', { name: 'Legg til første side' }).click();
    await fillTexts(page, 'Sidetittel', ['Hjelpen du får', 'The help you get']);

    await addQuestion(page, 'Ett svar (velg ett)');
    await fillTexts(page, 'Spørsmålstekst', ['Har du en fast kontaktperson?', 'Do you have a regular contact person?']);
    await fillTexts(page, 'Svaralternativ 1', ['Ja', 'Yes']);
    await fillTexts(page, 'Svaralternativ 2', ['Nei', 'No']);

    await addQuestion(page, 'Skala (Likert)');
    await fillTexts(page, 'Spørsmålstekst', ['Jeg stoler på kontaktpersonen min.', 'I trust my contact person.'], 1);
    await fillTexts(page, 'Tekst ved 1', ['Helt uenig', 'Strongly disagree']);
    await fillTexts(page, 'Tekst ved 5', ['Helt enig', 'Strongly agree']);
    await page.getByRole('button', { name: 'Vis spørsmålet bare når …' }).last().click();
    const condition = page.getByRole('group', { name: 'Vis spørsmålet bare når' });
    await condition.getByLabel('Spørsmål', { exact: true }).selectOption({ label: '1. Har du en fast kontaktperson? (q1)' });
    expect(await condition.getByLabel('Svaret').inputValue()).toBe('equals');
    await condition.getByLabel('Verdi').selectOption({ label: '1 – Ja' });

    await addQuestion(page, 'Tall');
    await fillTexts(page, 'Spørsmålstekst', ['Hvor mange ganger har du fått hjelp i år?', 'How many times have you had help this year?'], 2);
    await page.getByLabel('Største tillatte tall (valgfritt)').fill('365');

    await addQuestion(page, 'Flere svar (velg flere)');
    await fillTexts(page, 'Spørsmålstekst', ['Hvem har hjulpet deg?', 'Who has helped you?'], 3);
    await fillTexts(page, 'Svaralternativ 1', ['Fastlegen', 'My GP'], 1);
    await fillTexts(page, 'Svaralternativ 2', ['Kommunen', 'The municipality'], 1);

    await addQuestion(page, 'Lang tekst');
    await fillTexts(
      page,
      'Spørsmålstekst',
      ['Har du andre kommentarer til samarbeidet med kommunens tjenesteapparat og saksbehandlingsrutinene?', 'Any other comments?'],
      4,
    );
    await page.getByText(/Vanskelig å lese \(LIX \d+\): prøv kortere setninger og ord som er enklere enn «kommentarer»/).waitFor();
    await page.getByText('Lett å lese (LIX', { exact: false }).first().waitFor();
    await waitUntilSaved(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '06-builder');
  });

  it('shows a validation problem on the very field and in the list at the top, and it goes when fixed', async () => {
    const code = optionCode(page, 4, 2);
    await code.fill('1');
    await waitUntilSaved(page);
    await page.getByText('Koden er brukt av et annet alternativ.').first().waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    const link = page.locator('.problem-summary a', { hasText: 'Spørsmål 4, kode for svaralternativ 2: Koden er brukt av et annet alternativ.' });
    await openQuestion(page, 4, false);
    await link.click();
    expect(await isFocused(code)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '07-builder-problem');
    await code.fill('2');
    await waitUntilSaved(page);
    await page.locator('.problem-summary').waitFor({ state: 'detached' });
    expect(await code.getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps the draft over a reload, saved on the server and in the browser before it is', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Brukerundersøkelse' }).waitFor();
    await openQuestion(page, 3);
    expect(await page.getByRole('textbox', { name: 'Spørsmålstekst Bokmål' }).first().inputValue()).toBe('Hvor mange ganger har du fått hjelp i år?');
    await page.getByRole('textbox', { name: 'Spørsmålstekst Bokmål' }).first().fill('Hvor mange ganger har du fått hjelp det siste året?');
    await page.reload();
    await page.getByText(/Endringer som ikke var lagret, (er|ble) hentet fram igjen/).waitFor();
    await waitUntilSaved(page);
    await openQuestion(page, 3);
    expect(await page.getByRole('textbox', { name: 'Spørsmålstekst Bokmål' }).first().inputValue()).toBe('Hvor mange ganger har du fått hjelp det siste året?');
  });

  it('publishes after a confirmation that says the version is frozen, then starts a new draft', async () => {
    await page.getByRole('button', { name: 'Publiser versjon 1 …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publisere versjon 1?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('er den låst');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '08-publish-confirm');
    await dialog.getByRole('button', { name: 'Publiser' }).click();
    await page.getByText('Publisert – kan ikke endres').waitFor();
    await page.getByText('Versjon 1, publisert').waitFor();
    await screenshot(page, '09-published');
    await page.getByRole('button', { name: 'Lag nytt utkast fra denne versjonen' }).click();
    await page.getByText('Versjon 2 · utkast.').waitFor();
    await page.getByRole('link', { name: /Versjon 1, publisert/ }).waitFor();
  });
});
