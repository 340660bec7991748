import type { Page } from 'playwright-core';
import { everyTypeDefinition } from '../../libs/respondent-form/src/testing/definitions';
import { municipalities2024 } from '../../libs/respondent-form/src/testing/municipalities';
import type { InPage } from './support/page-dom';
import { formsOnAPhone } from './support/phone-suite';
import { screenshot } from './support/pages';

const isShown = (page: Page, variable: string) => page.locator(`[data-question="${variable}"]`).isVisible();
const group = (page: Page, question: RegExp) => page.getByRole('group', { name: question });
const shownField = (page: Page) => page.locator('input[name="_shown"]').inputValue();

describe('follow-up questions with JavaScript', () => {
  const municipalities = municipalities2024();
  const forms = formsOnAPhone({ demo: { municipalities }, everyType: { municipalities, definition: everyTypeDefinition } });

  it('shows the questions about the contact person as soon as the answer is yes, and the other one on no', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.demo.url}/s/form?page=help`);
    expect([await isShown(page, 'q21_contact_person_reachable'), await isShown(page, 'q23_wants_contact_person')]).toEqual([false, false]);

    await group(page, /Har du en fast kontaktperson/).getByLabel('Ja').check();
    expect([await isShown(page, 'q21_contact_person_reachable'), await isShown(page, 'q22_contact_person_trust'), await isShown(page, 'q23_wants_contact_person')]).toEqual([true, true, false]);
    expect(await shownField(page)).toBe('q21_contact_person_reachable q22_contact_person_trust');
    await screenshot(page, 'live-follow-up-shown');

    await group(page, /Har du en fast kontaktperson/).getByLabel('Nei').check();
    expect([await isShown(page, 'q21_contact_person_reachable'), await isShown(page, 'q23_wants_contact_person')]).toEqual([false, true]);
    expect(await shownField(page)).toBe('q23_wants_contact_person');
  });

  it('goes straight on to the next page when the follow-ups were answered on screen', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.demo.url}/s/form?page=help`);
    await group(page, /Har du en fast kontaktperson/).getByLabel('Ja').check();
    await group(page, /Jeg stoler på kontaktpersonen min/).getByLabel('5 Helt enig').check();
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.waitForURL(/page=daily_life/);
    expect(forms.demo.answers()).toMatchObject({ q20_contact_person: 1, q22_contact_person_trust: 5 });
  });

  it('compares a Likert answer as the server does: "don\'t know" never counts as disagreeing', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.demo.url}/s/form?page=daily_life`);
    const happyWithHome = group(page, /Jeg er fornøyd med der jeg bor/);
    await happyWithHome.getByLabel('2', { exact: true }).check();
    expect(await isShown(page, 'q34_help_with_housing')).toBe(true);
    await happyWithHome.getByLabel('Vet ikke').check();
    expect(await isShown(page, 'q34_help_with_housing')).toBe(false);
    await group(page, /Hvor bor du nå/).getByLabel('Uten fast sted å bo').check();
    expect(await isShown(page, 'q34_help_with_housing')).toBe(true);
  });

  it('shows a follow-up on the same page for a typed answer too', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.everyType.url}/s/form`);
    expect(await isShown(page, 'contact_role')).toBe(false);
    await group(page, /Har du en fast kontaktperson/).getByLabel('Ja').check();
    await page.getByLabel('Hva jobber kontaktpersonen med?').fill('Sosionom');
    await group(page, /Har du en fast kontaktperson/).getByLabel('Nei').check();
    expect(await isShown(page, 'contact_role')).toBe(false);
  });

  it('counts down the characters left, quietly, once something is typed', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.everyType.url}/s/form`);
    const hint = page.locator('#q-comment-hint');
    expect(await hint.textContent()).toBe('Du kan skrive opptil 500 tegn.');
    await page.getByLabel('Vil du si noe mer?').fill('Takk for hjelpen');
    expect(await hint.textContent()).toBe('Du kan skrive opptil 500 tegn. Du har 484 tegn igjen.');
    expect(await hint.getAttribute('aria-live')).toBeNull();
    await screenshot(page, 'character-counter');
  });

  it('moves the focus to the field when a problem in the summary is chosen', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.everyType.url}/s/form`);
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.waitForSelector('[data-error-summary]');
    await page.getByRole('link', { name: /Hvor bor du\?/ }).click();
    expect(await page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id)).toBe('q-municipality');
    const headingTop = await page.getByRole('heading', { name: /Hvor bor du\?/ }).evaluate((heading) => (heading as unknown as { getBoundingClientRect(): { top: number } }).getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(0);
  });
});
