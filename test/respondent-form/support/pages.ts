/** Opening pages as a person on a phone would, and keeping screenshots to look at. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { recordPolicyViolations } from '../../support/browser';
import type { InPage } from './page-dom';

export const PHONE = { width: 375, height: 667 };
export const ARTIFACTS = resolve(__dirname, '../../../test-artifacts/respondent-form');

export interface PhonePage {
  context: BrowserContext;
  page: Page;
  /** Content Security Policy violations and script errors seen so far. */
  policyViolations: string[];
}

export async function openPhonePage(browser: Browser, options: { javaScript?: boolean; width?: number } = {}): Promise<PhonePage> {
  const context = await browser.newContext({
    viewport: { ...PHONE, width: options.width ?? PHONE.width },
    javaScriptEnabled: options.javaScript ?? true,
    locale: 'nb-NO',
    hasTouch: true,
    isMobile: false,
  });
  const page = await context.newPage();
  return { context, page, policyViolations: recordPolicyViolations(page) };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The width of the page's content beyond the viewport: 0 when nothing scrolls sideways. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { documentElement } = (globalThis as unknown as InPage).document;
    return documentElement.scrollWidth - documentElement.clientWidth;
  });
}

/** Options, scale points and buttons smaller than 44 × 44 CSS pixels. */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from((globalThis as unknown as InPage).document.querySelectorAll('label.option, label.scale-point, button, .language-switch a'))
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ element, box }) => `${element.textContent?.trim()} (${Math.round(box.width)}×${Math.round(box.height)})`),
  );
}

/** Options and scale points that stick out of their question, as a squeezed row would. */
export function targetsOutsideTheirQuestion(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from((globalThis as unknown as InPage).document.querySelectorAll('label.option, label.scale-point'))
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const question = element.closest('fieldset')!.getBoundingClientRect();
        return box.left < question.left || box.left + box.width > question.left + question.width + 0.5;
      })
      .map((element) => element.textContent?.trim() ?? ''),
  );
}
