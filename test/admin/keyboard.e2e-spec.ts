import type { Page } from 'playwright-core';
import type { TestUser } from '../support/auth';
import { adminInBrowser, type AdminServer, aUser, logIn, screenshot, waitUntilSaved } from './support/admin-app';
import { focusedText } from './support/builder-page';
import { savedDefinition, seedQuestionnaire, type Seeded } from './support/seed';

const variablesOf = async (server: AdminServer, user: TestUser, seeded: Seeded) =>
  (await savedDefinition(server.ctx, user, seeded.versionId)).pages.flatMap((page) => page.questions.map((question) => question.variable));

describe('reordering and deleting with the keyboard alone', () => {
  let server: AdminServer;
  let page: Page;
  let designer: TestUser;
  let seeded: Seeded;

  const ui = adminInBrowser();

  beforeAll(async () => {
    ({ server, page } = ui);
    designer = await aUser(server);
    seeded = await seedQuestionnaire(server.ctx, designer);
    await logIn(page, server, designer);
    await page.goto(`${server.url}/versions/${seeded.versionId}`);
    await page.getByRole('heading', { level: 1, name: 'Skjema' }).waitFor();
  });

  it('moves a question down and up with Tab and Enter, keeping the focus on the moved question', async () => {
    await page.getByRole('button', { name: /^1\. Hvor gammel er du\?/ }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toContain('Flytt ned Spørsmål 1');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^2\. Hvor gammel er du\?/ }).waitFor();
    expect(await focusedText(page)).toContain('Flytt ned Spørsmål 2');
    await page.getByText('Spørsmålet er flyttet til side 1, plass 2.').waitFor({ state: 'attached' });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^3\. Hvor gammel er du\?/ }).waitFor();
    await waitUntilSaved(page);
    expect(await variablesOf(server, designer, seeded)).toEqual(['kommune', 'yrke', 'alder']);

    // At the bottom "down" is disabled, so the focus waits on "up" instead of being lost.
    expect(await focusedText(page)).toContain('Flytt opp Spørsmål 3');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^2\. Hvor gammel er du\?/ }).waitFor();
    await waitUntilSaved(page);
    expect(await variablesOf(server, designer, seeded)).toEqual(['kommune', 'alder', 'yrke']);
    await screenshot(page, '10-keyboard-reorder');
  });

  it('deletes with undo: the focus goes to "Angre", and Enter brings the question back in its place', async () => {
    await page.getByRole('button', { name: 'Slett Spørsmål 1' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Spørsmålet «Hvilken kommune bor du i?» er slettet.').waitFor();
    expect(await focusedText(page)).toBe('Angre');
    await waitUntilSaved(page);
    expect(await variablesOf(server, designer, seeded)).toEqual(['alder', 'yrke']);
    await screenshot(page, '11-undo');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^1\. Hvilken kommune bor du i\?/ }).waitFor();
    expect(await focusedText(page)).toContain('Hvilken kommune bor du i?');
    await waitUntilSaved(page);
    expect(await variablesOf(server, designer, seeded)).toEqual(['kommune', 'alder', 'yrke']);
  });

  it('moves a question by dragging its handle with the mouse', async () => {
    const handle = page.locator('.question-card', { hasText: 'Hva er yrket ditt?' }).locator('.drag-handle');
    await handle.dragTo(page.locator('.question-card', { hasText: 'Hvilken kommune bor du i?' }), { targetPosition: { x: 40, y: 5 } });
    await page.getByRole('button', { name: /^1\. Hva er yrket ditt\?/ }).waitFor();
    await waitUntilSaved(page);
    expect(await variablesOf(server, designer, seeded)).toEqual(['yrke', 'kommune', 'alder']);
  });
});
