/** The real API with the built admin on an ephemeral port, and pages of a laptop-sized browser. */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUser, type TestUser } from '../../support/auth';
import { launchBrowser, recordPolicyViolations } from '../../support/browser';
import { createTestApp, type TestContext } from '../../support/test-app';
import { ensureAdminBuilt } from './admin-build';

export const LAPTOP = { width: 1366, height: 900 };
export const ARTIFACTS = resolve(__dirname, '../../../test-artifacts/admin');

export interface AdminServer {
  ctx: TestContext;
  url: string;
  close: () => Promise<void>;
}

export async function startAdminServer(): Promise<AdminServer> {
  await ensureAdminBuilt();
  const ctx = await createTestApp();
  await ctx.app.listen(0);
  const { port } = ctx.app.getHttpServer().address() as AddressInfo;
  return { ctx, url: `http://127.0.0.1:${port}`, close: () => ctx.close() };
}

export interface AdminBrowser {
  browser: Browser;
  server: AdminServer;
  admin: AdminPage;
  page: Page;
}

/**
 * For one describe block: Chromium, the API serving the admin, and a laptop-sized page, opened
 * before its tests and closed after them; a policy violation fails the test it happens in.
 */
export function adminInBrowser(): AdminBrowser {
  const ui = {} as AdminBrowser;
  beforeAll(async () => {
    ui.browser = await launchBrowser();
    ui.server = await startAdminServer();
    ui.admin = await openAdminPage(ui.browser);
    ui.page = ui.admin.page;
  });
  afterAll(async () => {
    await ui.admin?.context.close();
    await ui.browser?.close();
    await ui.server?.close();
  });
  afterEach(() => {
    expect(ui.admin.policyViolations).toEqual([]);
  });
  return ui;
}

export interface AdminPage {
  context: BrowserContext;
  page: Page;
  /** Content Security Policy violations and script errors seen so far. */
  policyViolations: string[];
}

export async function openAdminPage(browser: Browser, viewport = LAPTOP): Promise<AdminPage> {
  const context = await browser.newContext({ viewport, locale: 'nb-NO' });
  const page = await context.newPage();
  return { context, page, policyViolations: recordPolicyViolations(page) };
}

export async function logIn(page: Page, server: AdminServer, user: TestUser): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.getByLabel('E-postadresse').fill(user.email);
  await page.getByLabel('Passord').fill(user.password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('heading', { level: 1, name: 'Studier' }).waitFor();
}

export async function aUser(server: AdminServer, role: TestUser['role'] = 'designer', displayName?: string): Promise<TestUser> {
  return createUser(server.ctx, { role, displayName });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Waits until the builder says everything is saved. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('[data-save-status="saved"]').waitFor();
}
