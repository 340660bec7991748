import type { Page } from 'playwright-core';
import { municipalities2024 } from '../../libs/respondent-form/src/testing/municipalities';
import { formsOnAPhone } from './support/phone-suite';
import { screenshot } from './support/pages';

const group = (page: Page, question: RegExp) => page.getByRole('group', { name: question });

describe('the respondent form without JavaScript', () => {
  const forms = formsOnAPhone({ server: { municipalities: municipalities2024() } }, { javaScript: false });

  it('says what is missing, then goes on when it is answered: a plain form round trip', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.server.url}/s/form`);
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.waitForSelector('[data-error-summary]');
    expect(await page.locator('[data-error-summary] a').allTextContents()).toEqual(['Hvilken hjelp får du fra kommunen nå? Velg minst ett svar']);
    expect(await page.locator('#q-q01_services').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'no-js-error');

    await page.getByLabel('Hjelp med rus').check();
    await group(page, /Har du vært innlagt/).getByLabel('Nei').check();
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.waitForURL(/page=access/);
    expect(await page.locator('.progress-text').textContent()).toBe('Side 2 av 6');
    expect(forms.server.answers()).toMatchObject({ q01_services: [1], q04_admitted: 2 });
  });

  it('brings the page back with the follow-ups an answer revealed, and then goes on', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.server.url}/s/form?page=help`);
    expect(await page.locator('[data-question="q21_contact_person_reachable"]').isVisible()).toBe(false);
    await group(page, /Har du en fast kontaktperson/).getByLabel('Ja').check();
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.waitForSelector('[data-new-questions]');
    expect(await page.locator('[data-new-questions] a').allTextContents()).toEqual(['Jeg får tak i kontaktpersonen min når jeg trenger det.', 'Jeg stoler på kontaktpersonen min.']);
    expect(await page.locator('[data-error-summary]').count()).toBe(0);
    await screenshot(page, 'no-js-new-questions');

    await group(page, /Jeg stoler på kontaktpersonen min/).getByLabel('4', { exact: true }).check();
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.waitForURL(/page=daily_life/);
    expect(forms.server.answers()).toMatchObject({ q20_contact_person: 1, q22_contact_person_trust: 4 });
  });

  it('drops an answer to a follow-up that no longer applies, without complaint', async () => {
    const { page } = forms.phone;
    forms.server.reset({ q20_contact_person: 1 });
    await page.goto(`${forms.server.url}/s/form?page=help`);
    await group(page, /Jeg stoler på kontaktpersonen min/).getByLabel('4', { exact: true }).check();
    await group(page, /Har du en fast kontaktperson/).getByLabel('Vet ikke').check();
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.waitForURL(/page=daily_life/);
    expect(forms.server.answers()).toMatchObject({ q20_contact_person: 9 });
    expect(forms.server.answers()).not.toHaveProperty('q22_contact_person_trust');
  });

  it('sends the page with Enter in a text field as "Send inn", never as "Tilbake"', async () => {
    const { page } = forms.phone;
    forms.server.reset({ q01_services: [1], q20_contact_person: 2 });
    await page.goto(`${forms.server.url}/s/form?page=about_you`);
    await page.getByLabel('Hvor gammel er du?').fill('34 år');
    await page.getByLabel('Hvor gammel er du?').press('Enter');
    await page.waitForSelector('[data-error-summary]');
    expect(await page.locator('h1').textContent()).toBe('Om deg');
    expect(await page.locator('[data-error-summary] a').allTextContents()).toEqual(['Hva heter kommunen du bor i? Velg kommune']);
    expect(forms.server.answers()).toMatchObject({ q38_age: 34 });
  });

  it('submits the last page and thanks the respondent', async () => {
    const { page } = forms.phone;
    forms.server.reset({ q01_services: [1], q20_contact_person: 2 });
    await page.goto(`${forms.server.url}/s/form?page=about_you`);
    await page.getByLabel(/Hva heter kommunen du bor i/).selectOption({ label: 'Bergen' });
    await page.getByRole('button', { name: 'Send inn' }).click();
    await page.waitForURL(/receipt/);
    expect(await page.locator('h1').textContent()).toBe('Takk for svarene dine!');
    expect(forms.server.submitted()).toBe(true);
    expect(forms.server.answers()).toMatchObject({ q37_municipality: '4601' });
  });

  it('goes back without losing what was answered', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.server.url}/s/form?page=access`);
    await group(page, /Det var lett å få hjelp/).getByLabel('4', { exact: true }).check();
    await page.getByRole('button', { name: 'Tilbake' }).click();
    await page.waitForURL(/page=services/);
    await page.goto(`${forms.server.url}/s/form?page=access`);
    expect(await group(page, /Det var lett å få hjelp/).getByLabel('4', { exact: true }).isChecked()).toBe(true);
  });
});
