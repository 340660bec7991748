/** The real API listening on 127.0.0.1 for a browser, with screenshots kept to be looked at. */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { recordPolicyViolations } from '../../support/browser';
import { createTestApp, type TestContext } from '../../support/test-app';

export const ARTIFACTS = resolve(__dirname, '../../../test-artifacts/respondent');
export const PHONE = { width: 375, height: 667 };

export async function createListeningApp(): Promise<TestContext & { baseUrl: string }> {
  const ctx = await createTestApp();
  await ctx.app.listen(0, '127.0.0.1');
  const { port } = ctx.app.getHttpServer().address() as AddressInfo;
  return Object.assign(ctx, { baseUrl: `http://127.0.0.1:${port}` });
}

export interface Phone {
  context: BrowserContext;
  page: Page;
  /** Content Security Policy violations and script errors seen so far. */
  violations: string[];
}

/** A fresh browser context on a 375 × 667 phone screen: its own cookies, nothing shared. */
export async function openPhone(browser: Browser, options: { javaScript?: boolean } = {}): Promise<Phone> {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: options.javaScript ?? true, locale: 'nb-NO', hasTouch: true });
  const page = await context.newPage();
  return { context, page, violations: recordPolicyViolations(page) };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Taps the option (or scale point) with this value, as a person taps its label. */
export async function choose(page: Page, variable: string, value: number | string): Promise<void> {
  await page.locator('label', { has: page.locator(`input[name="${variable}"][value="${value}"]`) }).click();
}

/** Presses a button and waits for the page it leads to. */
export async function press(page: Page, name: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).click()]);
}
