/** The set-up every respondent-form browser suite shares. */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../support/browser';
import { startFormServer, type FormServer, type FormServerOptions } from './form-server';
import { openPhonePage, type PhonePage } from './pages';

export type PhoneSuite<Name extends string> = { browser: Browser; phone: PhonePage } & Record<Name, FormServer>;

/**
 * For one describe block: Chromium and a form server per entry, started once and reset before
 * each test, and a new phone page per test whose policy violations fail that test.
 */
export function formsOnAPhone<Name extends string>(servers: Record<Name, FormServerOptions>, phoneOptions: { javaScript?: boolean } = {}): PhoneSuite<Name> {
  const suite = {} as PhoneSuite<Name>;
  const names = Object.keys(servers) as Name[];
  beforeAll(async () => {
    suite.browser = await launchBrowser();
    for (const name of names) (suite as Record<Name, FormServer>)[name] = await startFormServer(servers[name]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    for (const name of names) await (suite as Partial<Record<Name, FormServer>>)[name]?.close();
  });
  beforeEach(async () => {
    for (const name of names) suite[name].reset();
    suite.phone = await openPhonePage(suite.browser, phoneOptions);
  });
  afterEach(async () => {
    expect(suite.phone.policyViolations).toEqual([]);
    await suite.phone.context.close();
  });
  return suite;
}
