import type { INestApplication } from '@nestjs/common';
import { StudyAccessService } from '@stemme/identity';
import { Workbook } from 'exceljs';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { eventually, startWorker } from '../aggregation/support/worker-apps';
import { choose, openPhone, press, type Phone, screenshot as phoneScreenshot } from '../respondent/support/live-app';
import { loginAs, type LoggedIn, type TestUser } from '../support/auth';
import { accessibilityViolations, launchBrowser } from '../support/browser';
import { createTestApp } from '../support/test-app';
import { type AdminPage, type AdminServer, aUser, logIn, openAdminPage, screenshot, waitUntilSaved } from './support/admin-app';
import { ensureAdminBuilt } from './support/admin-build';
import { addQuestion, fillTexts } from './support/builder-page';

/**
 * The whole platform once, in real Chromium against the running API and worker: a designer
 * builds, previews and publishes a questionnaire and makes a link for Bergen; a respondent
 * answers on a phone; the results explorer shows the answer once the worker has counted it; an
 * export's progress bar moves and the workbook opens; an evaluator limited to Oslo cannot see
 * Bergen. One browser page per person carries through the steps in order.
 */
describe('from an empty study to results and an export', () => {
  let browser: Browser;
  let server: AdminServer;
  let worker: INestApplication;
  let dataDir: string;
  let designer: TestUser;
  let api: LoggedIn;
  let admin: AdminPage;
  let page: Page;
  let phone: Phone | undefined;
  let studyId: string;
  let linkToken: string;
  const OTHERS = 29;

  beforeAll(async () => {
    await ensureAdminBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'stemme-journey-'));
    const ctx = await createTestApp({ dataDir });
    await ctx.app.listen(0);
    const { port } = ctx.app.getHttpServer().address() as AddressInfo;
    server = { ctx, url: `http://127.0.0.1:${port}`, close: () => ctx.close() };
    worker = await startWorker(ctx.config);
    browser = await launchBrowser();
    designer = await aUser(server, 'designer', 'Dina Designer');
    api = await loginAs(server.ctx, designer);
    admin = await openAdminPage(browser);
    page = admin.page;
  });
  afterAll(async () => {
    await phone?.context.close();
    await admin?.context.close();
    await browser?.close();
    await worker?.close();
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  afterEach(() => {
    expect(admin.policyViolations).toEqual([]);
  });

  const studyTab = async (tab: string, heading: string) => {
    await page.goto(`${server.url}/studies/${studyId}/${tab}`);
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  };

  it('a designer logs in, creates a study and builds five kinds of question with a condition', async () => {
    await logIn(page, server, designer);
    await page.getByLabel('Navn på studien').fill('Brukerundersøkelsen i Bergen');
    await page.getByRole('button', { name: 'Opprett studie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brukerundersøkelsen i Bergen' }).waitFor();
    studyId = new URL(page.url()).pathname.split('/')[2];

    await page.getByLabel('Navn på spørreskjemaet').fill('Brukerundersøkelse');
    await page.getByRole('button', { name: 'Lag spørreskjema' }).click();
    await page.getByRole('button', { name: 'Legg til første side' }).click();
    await fillTexts(page, 'Sidetittel', ['Hjelpen du får']);
    await addQuestion(page, 'Ett svar (velg ett)');
    await fillTexts(page, 'Spørsmålstekst', ['Har du en fast kontaktperson?']);
    await fillTexts(page, 'Svaralternativ 1', ['Ja']);
    await fillTexts(page, 'Svaralternativ 2', ['Nei']);
    await addQuestion(page, 'Skala (Likert)');
    await fillTexts(page, 'Spørsmålstekst', ['Jeg stoler på kontaktpersonen min.'], 1);
    await fillTexts(page, 'Tekst ved 1', ['Helt uenig']);
    await fillTexts(page, 'Tekst ved 5', ['Helt enig']);
    await page.getByRole('button', { name: 'Vis spørsmålet bare når …' }).last().click();
    const condition = page.getByRole('group', { name: 'Vis spørsmålet bare når' });
    await condition.getByLabel('Spørsmål', { exact: true }).selectOption({ label: '1. Har du en fast kontaktperson? (q1)' });
    await condition.getByLabel('Verdi').selectOption({ label: '1 – Ja' });
    await addQuestion(page, 'Tall');
    await fillTexts(page, 'Spørsmålstekst', ['Hvor mange ganger har du fått hjelp i år?'], 2);
    await addQuestion(page, 'Flere svar (velg flere)');
    await fillTexts(page, 'Spørsmålstekst', ['Hvem har hjulpet deg?'], 3);
    await fillTexts(page, 'Svaralternativ 1', ['Fastlegen'], 1);
    await fillTexts(page, 'Svaralternativ 2', ['Kommunen'], 1);
    await addQuestion(page, 'Lang tekst');
    await fillTexts(page, 'Spørsmålstekst', ['Vil du si noe mer?'], 4);
    await waitUntilSaved(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '60-journey-builder');
  });

  it('previews the form as respondents see it: the scale question shows only after "Ja"', async () => {
    await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
    const frame = page.frameLocator('iframe[title="Forhåndsvisning av skjemaet"]');
    await frame.getByRole('group', { name: /Har du en fast kontaktperson\?/ }).waitFor();
    const scale = frame.getByRole('group', { name: /Jeg stoler på kontaktpersonen min\./ });
    expect(await scale.isVisible()).toBe(false);
    await frame.getByLabel('Ja', { exact: true }).check();
    await scale.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '61-journey-preview');
  });

  it('publishes the questionnaire and makes a link for Bergen', async () => {
    await page.getByRole('button', { name: 'Publiser versjon 1 …' }).click();
    await page.getByRole('dialog', { name: 'Publisere versjon 1?' }).getByRole('button', { name: 'Publiser' }).click();
    await page.getByText('Publisert – kan ikke endres').waitFor();

    await studyTab('distribution', 'Utsending');
    await page.getByLabel('Én kommune').check();
    await page.getByLabel('Fylke', { exact: true }).selectOption({ label: 'Vestland' });
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Bergen (4601)' });
    await page.getByRole('button', { name: 'Lag lenke' }).click();
    await page.getByText('Lenken «Bergen» er laget.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '62-journey-link');
    const links: { label: string; token: string; municipalityCode: string | null }[] = (await api.get(`/api/studies/${studyId}/links`).expect(200)).body;
    const bergen = links.find((link) => link.label === 'Bergen')!;
    expect(bergen.municipalityCode).toBe('4601');
    linkToken = bergen.token;
  });

  it('a respondent answers through the link on a phone and gets the receipt', async () => {
    // Others have answered already, so that Bergen's figures reach the study's k of 5.
    for (let index = 0; index < OTHERS; index += 1) {
      await server.ctx
        .http()
        .post(`/api/s/${linkToken}/responses`)
        .send({ submissionId: randomUUID(), language: 'nb', answers: { q1: 2, q3: index % 7, q4: [2] } })
        .expect(201);
    }
    phone = await openPhone(browser);
    const respondent = phone.page;
    await respondent.goto(`${server.url}/s/${linkToken}`);
    await respondent.getByRole('heading', { level: 1, name: 'Hjelpen du får' }).waitFor();
    await choose(respondent, 'q1', 1);
    await choose(respondent, 'q2', 5);
    await respondent.getByLabel('Hvor mange ganger har du fått hjelp i år?').fill('12');
    await choose(respondent, 'q4', 1);
    await press(respondent, 'Send inn');
    await respondent.getByRole('heading', { level: 1, name: 'Takk for svarene dine!' }).waitFor();
    expect(await accessibilityViolations(respondent)).toEqual([]);
    expect(phone.violations).toEqual([]);
    await phoneScreenshot(respondent, 'journey-receipt');
  });

  it('shows the new answer in the results explorer once the worker has counted it', async () => {
    // The worker folds new responses within seconds of their arrival; no one starts it by hand.
    await eventually(
      'the worker to count all responses',
      async () => (await api.get(`/api/studies/${studyId}/aggregation`).expect(200)).body,
      (state: { responsesCounted: number }) => state.responsesCounted === OTHERS + 1,
      60_000,
    );
    await studyTab('results', 'Resultater');
    const questions = page.getByLabel('Spørsmål', { exact: true });
    const value = await questions.locator('option', { hasText: 'Har du en fast kontaktperson?' }).getAttribute('value');
    await questions.selectOption(value!);
    await page.getByRole('radio', { name: 'Kommune', exact: true }).check();
    await page.locator('.freshness').filter({ hasText: `Tallene bygger på ${OTHERS + 1} svar` }).waitFor();
    const bergen = page.getByRole('row', { name: /^Bergen/ });
    await bergen.waitFor();
    // 1 of 30 in Bergen answered "Ja": 3,3 % (1); the rest "Nei".
    expect((await bergen.textContent())!.replace(/\s+/g, ' ')).toContain('3,3 % (1)');
    await page.locator('.results-chart[data-chart-state="drawn"] canvas[role="img"]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '65-journey-results');
  });

  it('starts an export, whose progress bar moves, and the downloaded workbook opens with the figures', async () => {
    await studyTab('exports', 'Eksport');
    await page.getByRole('radio', { name: 'Resultater i Excel' }).check();
    await page.getByRole('button', { name: 'Start eksporten' }).click();
    const row = page.locator('.export-list tbody tr').first();
    const seen: number[] = [];
    for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
      const status = await row.getAttribute('data-status');
      if (status === 'done' || status === 'failed') break;
      const bar = row.getByRole('progressbar');
      if (await bar.count()) seen.push(await bar.evaluate((element) => (element as unknown as { value: number }).value).catch(() => -1));
      await page.waitForTimeout(50);
    }
    expect(await row.getAttribute('data-status')).toBe('done');
    expect(seen.some((value) => value >= 0 && value < 100)).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^Last ned .*\.xlsx$/ }).click()]);
    const path = join(dataDir, download.suggestedFilename());
    await download.saveAs(path);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path);
    const text = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join(' ');
    expect(text).toContain('Har du en fast kontaktperson?');
    expect(text).toContain('Bergen');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '66-journey-export');
  });

  it('an evaluator limited to Oslo sees Oslo, not Bergen', async () => {
    const evaluator = await aUser(server, 'evaluator', 'Ola Evaluator');
    await server.ctx.app.get(StudyAccessService, { strict: false }).grant(evaluator.id, studyId, '0301');
    const own = await openAdminPage(browser);
    try {
      await logIn(own.page, server, evaluator);
      await own.page.goto(`${server.url}/studies/${studyId}/results`);
      await own.page.getByText('Du har tilgang til resultater for Oslo, Oslo og hele landet.').waitFor();
      await own.page.getByRole('radio', { name: 'Kommune', exact: true }).check();
      const offered = await own.page.getByRole('combobox', { name: 'Kommune' }).locator('option').allTextContents();
      expect(offered.join(' ')).toContain('Oslo');
      expect(offered.join(' ')).not.toContain('Bergen');
      expect(await own.page.getByRole('row', { name: /^Bergen/ }).count()).toBe(0);
      expect(await accessibilityViolations(own.page)).toEqual([]);
      await screenshot(own.page, '67-journey-evaluator');
      // Nor through the API behind the screen.
      const session = await loginAs(server.ctx, evaluator);
      await session.get(`/api/studies/${studyId}/results?question=q1&breakdown=municipality&municipality=4601`).expect(403);
      expect(own.policyViolations).toEqual([]);
    } finally {
      await own.context.close();
    }
  });
});
