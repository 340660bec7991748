import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { accessibilityViolations, launchBrowser } from '../support/browser';
import type { TestContext } from '../support/test-app';
import { choose, createListeningApp, openPhone, press, screenshot, type Phone } from './support/live-app';
import { invitationCodes } from './support/invitations';
import { createLink, publishedSurvey, type LinkDto, type PublishedSurvey } from './support/surveys';

describe('respondents in a real browser on a phone', () => {
  let ctx: TestContext & { baseUrl: string };
  let browser: Browser;
  let survey: PublishedSurvey;
  let studyWide: LinkDto;
  let bergen: LinkDto;
  let phone: Phone;

  beforeAll(async () => {
    ctx = await createListeningApp();
    browser = await launchBrowser();
    survey = await publishedSurvey(ctx);
    studyWide = await createLink(survey);
    bergen = await createLink(survey, { municipalityCode: '4601' });
  });
  afterAll(async () => {
    await browser?.close();
    await ctx?.close();
  });
  afterEach(async () => {
    expect(phone.violations).toEqual([]);
    await phone.context.close();
  });

  const responseCount = async (linkId: string): Promise<number> =>
    (await ctx.app.get(DataSource).query(`SELECT count(*)::int AS n FROM "response" WHERE "link_id" = $1`, [linkId]))[0].n;

  /** Pages 1–3 of the demo, as a respondent who has not been admitted. */
  async function answerFirstPages(page: Page, shots?: string): Promise<void> {
    await choose(page, 'q01_services', 1);
    await choose(page, 'q01_services', 6);
    await choose(page, 'q04_admitted', 2);
    if (shots) await screenshot(page, `${shots}-1-services`);
    await press(page, 'Neste');
    await choose(page, 'q05_easy_to_get_help', 4);
    await choose(page, 'q07_first_wait', 2);
    await press(page, 'Neste');
    await choose(page, 'q12a_listened_to', 5);
    await press(page, 'Neste');
  }

  it('completes the demo through a per-municipality link, with a follow-up question hidden and shown as answers change', async () => {
    phone = await openPhone(browser);
    const { page } = phone;
    await page.goto(`${ctx.baseUrl}/s/${bergen.token}`);
    expect(await page.title()).toBe('Hjelpen fra kommunen – Side 1 av 6 – Brukerundersøkelsen 2026');
    await answerFirstPages(page, 'municipality-link');

    expect(await page.locator('h1').textContent()).toBe('Hjelpen du får');
    const trust = page.locator('[data-question="q22_contact_person_trust"]');
    const wants = page.locator('[data-question="q23_wants_contact_person"]');
    await choose(page, 'q20_contact_person', 1);
    expect(await trust.isVisible()).toBe(true);
    await choose(page, 'q20_contact_person', 2);
    expect(await trust.isVisible()).toBe(false);
    expect(await wants.isVisible()).toBe(true);
    await choose(page, 'q23_wants_contact_person', 1);
    await screenshot(page, 'municipality-link-4-help-follow-up');
    await press(page, 'Neste');

    expect(await page.locator('h1').textContent()).toBe('Hverdagen din');
    await choose(page, 'q32_housing', 1);
    await press(page, 'Neste');
    expect(await page.locator('select[name="q37_municipality"]').count()).toBe(0);
    await page.getByLabel('Hvor gammel er du?').fill('22');
    await screenshot(page, 'municipality-link-6-about-you');
    await press(page, 'Send inn');

    expect(await page.locator('h1').textContent()).toBe('Takk for svarene dine!');
    await screenshot(page, 'municipality-link-receipt');
    const [row] = await ctx.app.get(DataSource).query(`SELECT "municipality_code", "county_code", "age_band", "answers" FROM "response" WHERE "link_id" = $1`, [bergen.id]);
    expect(row).toMatchObject({ municipality_code: '4601', county_code: '46', age_band: 0 });
  });

  it('completes the demo with JavaScript off: a follow-up comes back on the same page when it applies', async () => {
    phone = await openPhone(browser, { javaScript: false });
    const { page } = phone;
    const before = await responseCount(bergen.id);
    await page.goto(`${ctx.baseUrl}/s/${bergen.token}`);
    await answerFirstPages(page);
    await choose(page, 'q20_contact_person', 2);
    expect(await page.locator('[data-question="q23_wants_contact_person"]').isVisible()).toBe(false);
    await press(page, 'Neste');
    expect(await page.locator('h1').textContent()).toBe('Hjelpen du får');
    expect(await page.getByText('Du har fått flere spørsmål').isVisible()).toBe(true);
    expect(await page.locator('[data-question="q23_wants_contact_person"]').isVisible()).toBe(true);
    expect(await page.locator('[data-question="q22_contact_person_trust"]').isVisible()).toBe(false);
    await screenshot(page, 'no-javascript-follow-up');
    await choose(page, 'q23_wants_contact_person', 2);
    await press(page, 'Neste');
    await press(page, 'Neste');
    await press(page, 'Send inn');
    expect(await page.locator('h1').textContent()).toBe('Takk for svarene dine!');
    expect(await responseCount(bergen.id)).toBe(before + 1);
  });

  it('switches to English and stays in English', async () => {
    phone = await openPhone(browser);
    const { page } = phone;
    await page.goto(`${ctx.baseUrl}/s/${studyWide.token}`);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'English' }).click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Help from the municipality');
    await screenshot(page, 'english-first-page');
    await choose(page, 'q01_services', 2);
    await press(page, 'Next');
    expect(await page.locator('h1').textContent()).toBe('Getting help');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Bokmål' }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Å få hjelp');
  });

  it('saves, and continues from the code in a fresh browser', async () => {
    phone = await openPhone(browser);
    await phone.page.goto(`${ctx.baseUrl}/s/${studyWide.token}`);
    await choose(phone.page, 'q01_services', 3);
    await press(phone.page, 'Neste');
    await choose(phone.page, 'q05_easy_to_get_help', 2);
    await press(phone.page, 'Lagre og fortsett senere');
    const code = (await phone.page.locator('.resume-code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    await screenshot(phone.page, 'resume-code');
    await phone.context.close();

    phone = await openPhone(browser);
    const { page } = phone;
    await page.goto(`${ctx.baseUrl}/s/${studyWide.token}`);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Har du en kode? Fortsett der du slapp' }).click()]);
    await page.getByLabel('Skriv koden din').fill(code.toLowerCase().replace(/-/g, ' '));
    await screenshot(page, 'resume-entry');
    await press(page, 'Fortsett');
    expect(await page.locator('h1').textContent()).toBe('Å få hjelp');
    expect(await page.locator('input[name="q05_easy_to_get_help"][value="2"]').isChecked()).toBe(true);
    await press(page, 'Tilbake');
    expect(await page.locator('input[name="q01_services"][value="3"]').isChecked()).toBe(true);
  });

  it('has no WCAG 2.1 A/AA violations on the start page, a page with problems, and the receipt', async () => {
    phone = await openPhone(browser);
    const { page } = phone;
    await page.goto(`${ctx.baseUrl}/s/${studyWide.token}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'axe-start');

    await press(page, 'Neste');
    expect(await page.title()).toMatch(/^Feil: /);
    expect(await page.getByText('Velg minst ett svar').first().isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'axe-problems');

    await choose(page, 'q01_services', 1);
    await press(page, 'Neste');
    for (let step = 0; step < 3; step++) await press(page, 'Neste');
    await choose(page, 'q20_contact_person', 9);
    await press(page, 'Neste');
    await press(page, 'Neste');
    await page.getByLabel('Hva heter kommunen du bor i?').selectOption('0301');
    await press(page, 'Send inn');
    expect(await page.locator('h1').textContent()).toBe('Takk for svarene dine!');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'axe-receipt');
  });

  it('shows a closed link as a friendly page without violations', async () => {
    const closed = await createLink(survey, { opensAt: new Date(Date.now() - 86_400_000 * 2).toISOString(), closesAt: new Date(Date.now() - 86_400_000).toISOString() });
    phone = await openPhone(browser);
    const response = await phone.page.goto(`${ctx.baseUrl}/s/${closed.token}?lang=en`);
    expect(response?.status()).toBe(410);
    expect(await phone.page.locator('h1').textContent()).toBe('The survey has ended');
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'closed-link');
  });

  it('opens an invitation-only form with a code from a letter, once', async () => {
    const invited = await createLink(survey, { invitationOnly: true });
    const [code] = (await invitationCodes(survey, invited.id, 1)).codes;
    phone = await openPhone(browser);
    const { page } = phone;
    await page.goto(`${ctx.baseUrl}/s/${invited.token}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Koden din').fill(code);
    await screenshot(page, 'invitation-entry');
    await press(page, 'Start');
    expect(await page.locator('h1').textContent()).toBe('Hjelpen fra kommunen');
    await phone.context.close();

    phone = await openPhone(browser);
    await phone.page.goto(`${ctx.baseUrl}/s/${invited.token}`);
    await phone.page.getByLabel('Koden din').fill(code);
    await press(phone.page, 'Start');
    expect(await phone.page.getByText('Vi finner ikke denne koden').first().isVisible()).toBe(true);
    expect(await accessibilityViolations(phone.page)).toEqual([]);
  });
});
