import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, recordPolicyViolations } from '../support/browser';
import { STRICT_POLICY } from './support/form-server';

/** The browser tests trust two reporters; this shows that each of them does report. */
describe('the browser test harness', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('hears from axe about a field without a label, and from Chromium about inline style and script', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = recordPolicyViolations(page);
    await page.route('http://harness.test/', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_POLICY },
        body: '<!doctype html><html lang="nb"><head><title>Test</title></head><body><main><input type="text"><p style="color: red">Rød</p><script>document.title = "x"</script></main></body></html>',
      }),
    );
    await page.goto('http://harness.test/');
    expect((await accessibilityViolations(page)).map((violation) => violation.rule)).toContain('label');
    expect(violations.some((message) => message.includes('inline style'))).toBe(true);
    expect(violations.some((message) => message.includes('inline script'))).toBe(true);
    await context.close();
  });
});
