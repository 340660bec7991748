import type { Browser } from 'playwright-core';
import { everyTypeDefinition } from '../../libs/respondent-form/src/testing/definitions';
import { municipalities2024 } from '../../libs/respondent-form/src/testing/municipalities';
import { accessibilityViolations, launchBrowser } from '../support/browser';
import { startFormServer, type FormServer } from './support/form-server';
import { formsOnAPhone } from './support/phone-suite';
import { openPhonePage, screenshot, sidewaysOverflow, smallTargets, targetsOutsideTheirQuestion } from './support/pages';
import type { InPage } from './support/page-dom';

describe('the respondent form on a phone, judged by axe against WCAG 2.1 AA', () => {
  const municipalities = municipalities2024();
  const forms = formsOnAPhone({ demo: { municipalities }, everyType: { municipalities, definition: everyTypeDefinition } });

  it('finds nothing wrong with the first page of questions', async () => {
    await forms.phone.page.goto(`${forms.demo.url}/s/form`);
    expect(await forms.phone.page.title()).toBe('Hjelpen fra kommunen – Side 1 av 6 – Brukerundersøkelse 2025');
    expect(await accessibilityViolations(forms.phone.page)).toEqual([]);
    await screenshot(forms.phone.page, 'question-page');
  });

  it('finds nothing wrong with a page of Likert statements, or a matrix, in English', async () => {
    await forms.phone.page.goto(`${forms.demo.url}/s/form?page=access&lang=en`);
    expect(await forms.phone.page.getAttribute('html', 'lang')).toBe('en');
    expect(await accessibilityViolations(forms.phone.page)).toEqual([]);
    await screenshot(forms.phone.page, 'likert-page-en');
    await forms.phone.page.goto(`${forms.demo.url}/s/form?page=involvement&lang=nb`);
    expect(await accessibilityViolations(forms.phone.page)).toEqual([]);
    await screenshot(forms.phone.page, 'matrix-page');
  });

  it('finds nothing wrong with a page with problems, and puts the focus on the summary of them', async () => {
    await forms.phone.page.goto(`${forms.demo.url}/s/form`);
    await forms.phone.page.getByRole('button', { name: 'Neste' }).click();
    await forms.phone.page.waitForSelector('[data-error-summary]');
    expect(await forms.phone.page.title()).toMatch(/^Feil: /);
    expect(await forms.phone.page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    expect(await accessibilityViolations(forms.phone.page)).toEqual([]);
    await screenshot(forms.phone.page, 'error-summary');
  });

  it('finds nothing wrong with every kind of question, with and without problems', async () => {
    forms.everyType.reset({ one: 1 });
    await forms.phone.page.goto(`${forms.everyType.url}/s/form`);
    expect(await accessibilityViolations(forms.phone.page)).toEqual([]);
    await screenshot(forms.phone.page, 'every-question-type');
    await forms.phone.page.getByLabel('Hvor gammel er du?').fill('tjue');
    await forms.phone.page.getByRole('button', { name: 'Neste' }).click();
    await forms.phone.page.waitForSelector('[data-error-summary]');
    expect(await accessibilityViolations(forms.phone.page)).toEqual([]);
    await screenshot(forms.phone.page, 'every-question-type-errors');
  });

  it('finds nothing wrong with the thank-you page', async () => {
    await forms.phone.page.goto(`${forms.demo.url}/s/form/receipt`);
    expect(await accessibilityViolations(forms.phone.page)).toEqual([]);
    await screenshot(forms.phone.page, 'receipt');
  });

  it('finds nothing wrong with the page for a link that cannot be used', async () => {
    const response = await forms.phone.page.goto(`${forms.demo.url}/unavailable/closed`);
    expect(response?.status()).toBe(410);
    expect(await accessibilityViolations(forms.phone.page)).toEqual([]);
    await screenshot(forms.phone.page, 'unavailable');
  });

  it('finds nothing wrong with the pages to save and continue later', async () => {
    await forms.phone.page.goto(`${forms.demo.url}/s/form?page=access`);
    await forms.phone.page.getByRole('button', { name: 'Lagre og fortsett senere' }).click();
    await forms.phone.page.waitForSelector('.resume-code');
    // The code stays on one line inside the phone's width: a code broken in two is copied wrong.
    const code = await forms.phone.page.locator('.resume-code').evaluate((element) => {
      // The root tsconfig has no DOM library: the little this reads, typed by hand.
      type Box = { height: number; left: number; right: number };
      type Style = { paddingTop: string; paddingBottom: string; lineHeight: string };
      const window = globalThis as unknown as { getComputedStyle(element: unknown): Style; document: { documentElement: { clientWidth: number } } };
      const box = (element as unknown as { getBoundingClientRect(): Box }).getBoundingClientRect();
      const style = window.getComputedStyle(element);
      const lines = (box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - 6) / parseFloat(style.lineHeight);
      return { lines: Math.round(lines), fits: box.left >= 0 && box.right <= window.document.documentElement.clientWidth };
    });
    expect(code).toEqual({ lines: 1, fits: true });
    expect(await accessibilityViolations(forms.phone.page)).toEqual([]);
    await screenshot(forms.phone.page, 'resume-code');
    await forms.phone.page.goto(`${forms.demo.url}/s/resume`);
    await forms.phone.page.getByLabel('Skriv koden din').fill('XXXX-0000');
    await forms.phone.page.getByRole('button', { name: 'Fortsett' }).click();
    await forms.phone.page.waitForSelector('[data-error-summary]');
    expect(await accessibilityViolations(forms.phone.page)).toEqual([]);
    await screenshot(forms.phone.page, 'resume-entry-error');
  });

  it('gives every option and button a target of at least 44 × 44 pixels', async () => {
    forms.everyType.reset({ one: 1 });
    for (const url of [`${forms.everyType.url}/s/form`, `${forms.demo.url}/s/form?page=involvement`, `${forms.demo.url}/s/form?page=help`]) {
      await forms.phone.page.goto(url);
      expect(await smallTargets(forms.phone.page)).toEqual([]);
    }
  });
});

describe('the respondent form at 320 pixels, as at 400 % zoom on a laptop', () => {
  let browser: Browser;
  let server: FormServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startFormServer({ municipalities: municipalities2024(), definition: everyTypeDefinition });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('never scrolls sideways, and keeps every option inside its question at full size', async () => {
    const phone = await openPhonePage(browser, { width: 320 });
    server.reset({ one: 1 });
    for (const path of ['/s/form', '/s/form?lang=en', '/s/form/receipt', '/s/resume', '/unavailable/not_open_yet']) {
      await phone.page.goto(`${server.url}${path}`);
      expect([path, await sidewaysOverflow(phone.page)]).toEqual([path, 0]);
    }
    for (const language of ['nb', 'en']) {
      await phone.page.goto(`${server.url}/s/form?lang=${language}`);
      expect(await targetsOutsideTheirQuestion(phone.page)).toEqual([]);
      expect(await smallTargets(phone.page)).toEqual([]);
    }
    await phone.page.goto(`${server.url}/s/form?lang=en`);
    await screenshot(phone.page, 'every-question-type-320px-en');
    await phone.context.close();
  });
});
