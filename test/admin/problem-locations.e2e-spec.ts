import type { Locator, Page } from 'playwright-core';
import type { QuestionnaireDefinition } from '../../libs/questionnaire/src/definition/types';
import { loginAs, type TestUser } from '../support/auth';
import { accessibilityViolations } from '../support/browser';
import { adminInBrowser, ARTIFACTS, type AdminServer, aUser, logIn, screenshot, waitUntilSaved } from './support/admin-app';
import { isFocused, questionToggle, sidewaysOverflow } from './support/builder-page';
import { seedQuestionnaire } from './support/seed';

/** A draft with a mistake of each kind, each at a different depth of the definition. */
const withProblems: QuestionnaireDefinition = {
  formatVersion: 1,
  languages: ['nb'],
  pages: [
    {
      id: 'side_1',
      title: { nb: 'Side én' },
      questions: [
        { type: 'single_choice', variable: 'kontakt', text: { nb: 'Har du kontaktperson?' }, options: [{ code: 1, label: { nb: 'Ja' } }, { code: 2, label: { nb: 'Nei' } }] },
        {
          type: 'likert',
          variable: 'tillit',
          text: { nb: 'Jeg stoler på kontaktpersonen.' },
          scale: { points: 5, lowLabel: { nb: 'Uenig' }, highLabel: { nb: 'Enig' }, dontKnow: { code: 3, label: { nb: 'Vet ikke' } } },
          condition: { all: [{ variable: 'alder', op: 'greater', value: 30 }] },
        },
        {
          type: 'matrix',
          variable: 'samarbeid',
          text: { nb: 'Hvor enig er du?' },
          scale: { points: 4, lowLabel: { nb: 'Uenig' }, highLabel: { nb: 'Enig' } },
          items: [
            { variable: 'kontakt', code: 1, text: { nb: 'Jeg ble hørt.' } },
            { variable: 'samarbeid_b', code: 2, text: {} },
          ],
        },
        { type: 'age', variable: 'alder', text: { nb: 'Hvor gammel er du?' }, min: 50, max: 20 },
      ],
    },
    { id: 'side_2', title: { nb: 'Side to' }, questions: [] },
  ],
};

const card = (page: Page, number: number) => page.locator('.question-card', { has: questionToggle(page, number) });
const invalid = async (locator: Locator) => (await locator.getAttribute('aria-invalid')) === 'true';

describe('each validation problem is shown on the field it is about', () => {
  let server: AdminServer;
  let page: Page;
  let designer: TestUser;
  let problemCount: number;

  const ui = adminInBrowser();

  beforeAll(async () => {
    ({ server, page } = ui);
    designer = await aUser(server);
    const { versionId } = await seedQuestionnaire(server.ctx, designer, withProblems);
    problemCount = (await (await loginAs(server.ctx, designer)).get(`/api/questionnaire-versions/${versionId}`).expect(200)).body.problems.length;
    await logIn(page, server, designer);
    await page.goto(`${server.url}/versions/${versionId}`);
    await page.getByRole('button', { name: 'Åpne alle spørsmål' }).click();
  });

  it('lists every problem the API found at the top', async () => {
    expect(problemCount).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.problem-summary li').count()).toBe(problemCount);
    expect(await page.locator('#problem-summary').textContent()).toBe(`${problemCount} ting må rettes før du kan publisere`);
  });

  it('marks the field of each problem, however deep it sits', async () => {
    expect(await invalid(card(page, 2).getByLabel('Kode for «Vet ikke»'))).toBe(true);
    expect(await invalid(card(page, 2).getByLabel('Spørsmål', { exact: true }))).toBe(true);
    expect(await invalid(card(page, 3).getByLabel('Variabelnavn for Påstand 1'))).toBe(true);
    expect(await invalid(card(page, 3).getByRole('textbox', { name: 'Påstand 2 Bokmål' }))).toBe(true);
    expect(await invalid(card(page, 4).getByLabel('Laveste alder (valgfri)'))).toBe(true);
    await page.locator('.page-card .field-error', { hasText: 'Legg til minst ett spørsmål på siden.' }).waitFor();
    // Only the later of two equal variables is the mistake; the first use stays as it is.
    expect(await invalid(card(page, 1).getByLabel('Variabelnavn', { exact: true }))).toBe(false);
    expect(await invalid(card(page, 4).getByLabel('Høyeste alder (valgfri)'))).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '18-problems-in-place');
  });

  it('keeps a problem on its question when the question moves before the next save', async () => {
    await card(page, 4).getByRole('button', { name: 'Flytt opp Spørsmål 4' }).click();
    expect(await invalid(card(page, 3).getByLabel('Laveste alder (valgfri)'))).toBe(true);
    await waitUntilSaved(page);
    expect(await invalid(card(page, 3).getByLabel('Laveste alder (valgfri)'))).toBe(true);
  });

  it('fits a 1280 pixel laptop screen without scrolling sideways, all questions open', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await sidewaysOverflow(page)).toBe(0);
    await screenshot(page, '19-builder-1280');
    await card(page, 4).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/20-builder-scrolled.png` });
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await sidewaysOverflow(page)).toBe(0);
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('takes the designer to a problem that sits in a closed question', async () => {
    await page.getByRole('button', { name: 'Lukk alle spørsmål' }).click();
    await page.locator('.problem-summary a', { hasText: 'Kode for «Vet ikke»' }).or(page.locator('.problem-summary a', { hasText: '«Vet ikke» er et punkt på skalaen' })).click();
    expect(await isFocused(card(page, 2).getByLabel('Kode for «Vet ikke»'))).toBe(true);
  });
});
