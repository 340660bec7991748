import type { Page } from 'playwright-core';
import { everyTypeDefinition } from '../../libs/respondent-form/src/testing/definitions';
import { municipalities2024 } from '../../libs/respondent-form/src/testing/municipalities';
import type { InPage, InPageElement } from './support/page-dom';
import { formsOnAPhone } from './support/phone-suite';
import { screenshot } from './support/pages';

/** Where the focus is, by id, or by text for links and buttons. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = (globalThis as unknown as InPage).document.activeElement;
    return element?.id || element?.textContent?.trim() || element?.tagName || '';
  });

/** Every stop Tab should make, in page order: one per radio group (the chosen radio, or the first). */
const expectedStops = (page: Page) =>
  page.evaluate(() => {
    const { document } = globalThis as unknown as InPage;
    const stops: string[] = [];
    const groups = new Set<string>();
    const visible = (element: InPageElement) => element.offsetParent !== null;
    for (const element of Array.from(document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea')).filter(visible)) {
      const name = element.getAttribute('name') ?? '';
      if (element.getAttribute('type') === 'radio') {
        if (groups.has(name)) continue;
        groups.add(name);
        const checked = document.querySelector(`input[name="${name}"]:checked`);
        stops.push((checked ?? element).id);
      } else {
        stops.push(element.id || element.textContent?.trim() || '');
      }
    }
    return stops;
  });

async function tabThrough(page: Page, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let index = 0; stops.length < count && index < count * 4; index++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stop !== stops.at(-1)) stops.push(stop);
  }
  return stops;
}

describe('the respondent form with the keyboard only', () => {
  const forms = formsOnAPhone({ server: { municipalities: municipalities2024(), definition: everyTypeDefinition } });

  it('reaches every field in page order with Tab, one stop per group of radios', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.server.url}/s/form`);
    const expected = await expectedStops(page);
    expect(expected.slice(0, 5)).toEqual(['Gå til spørsmålene', 'Nynorsk', 'English', 'Har du en kode? Fortsett der du slapp', 'q-one']);
    expect(expected).toEqual(expect.arrayContaining(['q-several', 'q-several-2', 'q-several-3', 'q-agree', 'q-grid_a', 'q-grid_b', 'q-scale_long', 'q-since', 'q-comment', 'Neste']));
    expect(await tabThrough(page, expected.length)).toEqual(expected);
  });

  it('opens with a skip link that leads past the header to the questions', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.server.url}/s/form`);
    await page.keyboard.press('Tab');
    await screenshot(page, 'skip-link-focused');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Har du en kode? Fortsett der du slapp');
  });

  it('chooses a radio with Space, and the follow-up it reveals is the next stop', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.server.url}/s/form`);
    await page.focus('#q-one');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#q-one')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('q-contact_role');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('#q-one-2')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('q-several');
    await screenshot(page, 'keyboard-focus-checkbox');
  });

  it('chooses a point on a Likert scale with the arrow keys', async () => {
    const { page } = forms.phone;
    await page.goto(`${forms.server.url}/s/form`);
    await page.focus('#q-agree');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('#q-agree-3')).toBe(true);
    await screenshot(page, 'keyboard-focus-likert');
  });
});
