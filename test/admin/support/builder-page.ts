/** Ways around the builder as a person sees it: by labels, names and visible numbers. */
import type { Locator, Page } from 'playwright-core';
import { waitUntilSaved } from './admin-app';

/** Adds a question of this type to the last page; it opens with its text field focused. */
export async function addQuestion(page: Page, typeName: string): Promise<void> {
  await page.getByLabel('Nytt spørsmål av typen').last().selectOption({ label: typeName });
  await page.getByRole('button', { name: /^Legg til spørsmål/ }).last().click();
}

/** Fills a row of translations (bokmål, then English) by its row label; `nth` picks among equal rows. */
export async function fillTexts(page: Page, rowLabel: string, texts: string[], nth = 0): Promise<void> {
  const languages = ['Bokmål', 'Engelsk'];
  for (const [index, text] of texts.entries()) {
    await page.getByRole('textbox', { name: `${rowLabel} ${languages[index]}`, exact: true }).nth(nth).fill(text);
  }
}

export function questionToggle(page: Page, number: number): Locator {
  return page.locator('.question-title button', { has: page.locator('.question-number', { hasText: new RegExp(`^${number}\\.$`) }) });
}

export async function openQuestion(page: Page, number: number, open = true): Promise<void> {
  const toggle = questionToggle(page, number);
  if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
}

/** The code input of an option, by question number and option number. */
export function optionCode(page: Page, question: number, option: number): Locator {
  return page.locator('.question-card', { has: questionToggle(page, question) }).getByLabel(`Kode for Svaralternativ ${option}`);
}

export { waitUntilSaved };

/** The little of the page's DOM these tests read (the root tsconfig has no DOM library). */
interface InPage {
  document: { activeElement: { textContent: string | null } | null; documentElement: { scrollWidth: number; clientWidth: number } };
}

/** The text of the element that has the focus, e.g. a button's accessible text. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.textContent?.trim() ?? '');
}

export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === (globalThis as unknown as InPage).document.activeElement);
}

/** How far the page reaches beyond the window sideways: 0 when nothing scrolls sideways. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { documentElement } = (globalThis as unknown as InPage).document;
    return documentElement.scrollWidth - documentElement.clientWidth;
  });
}
