import type { INestApplication } from '@nestjs/common';
import { AggregationRepository } from '@stemme/aggregation';
import { ExportsRepository } from '@stemme/exports';
import { StudyAccessService } from '@stemme/identity';
import { bullConnection, JobName, QueueName } from '@stemme/platform';
import { Queue } from 'bullmq';
import { Workbook } from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SeededRandom } from '../../libs/statistics/src/testing/seeded-random';
import { insertResponses, publishedStudy, randomResponses, type TestStudy } from '../aggregation/support/cube-factories';
import { startWorker } from '../aggregation/support/worker-apps';
import { exportDefinition } from '../exports/support/export-setup';
import type { TestUser } from '../support/auth';
import { accessibilityViolations, launchBrowser } from '../support/browser';
import { createTestApp } from '../support/test-app';
import { type AdminPage, type AdminServer, aUser, logIn, openAdminPage, screenshot } from './support/admin-app';
import { ensureAdminBuilt } from './support/admin-build';

/** Reads the progress bar of the newest export every 50 ms until the export is no longer running. */
async function watchProgress(page: Page): Promise<number[]> {
  const seen: number[] = [];
  const row = page.locator('.export-list tbody tr').first();
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
    const status = await row.getAttribute('data-status');
    if (status === 'done' || status === 'failed') return seen;
    const bar = row.getByRole('progressbar');
    if (await bar.count()) seen.push(await bar.evaluate((element) => (element as unknown as { value: number }).value).catch(() => -1));
    await page.waitForTimeout(50);
  }
  throw new Error(`The export did not finish; progress seen: ${seen.join(', ')}`);
}

describe('exports in the admin', () => {
  let browser: Browser;
  let server: AdminServer;
  let worker: INestApplication;
  let dataDir: string;
  let study: TestStudy;
  let designer: TestUser;
  let admin: AdminPage;
  let page: Page;
  let exportsUrl: string;

  beforeAll(async () => {
    await ensureAdminBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'stemme-admin-exports-'));
    const ctx = await createTestApp({ dataDir });
    await ctx.app.listen(0);
    const { port } = ctx.app.getHttpServer().address() as AddressInfo;
    server = { ctx, url: `http://127.0.0.1:${port}`, close: () => ctx.close() };
    worker = await startWorker(ctx.config);
    const dataSource = ctx.app.get(DataSource);
    study = await publishedStudy(dataSource, { definition: exportDefinition() });
    await dataSource.query(`UPDATE "study" SET "name" = 'Innbyggerundersøkelsen' WHERE "id" = $1`, [study.studyId]);
    await insertResponses(dataSource, study, randomResponses(new SeededRandom(5), study, 1500));
    await ctx.app.get(AggregationRepository, { strict: false }).rebuild(study.studyId);
    designer = await aUser(server, 'designer', 'Dina Designer');
    await ctx.app.get(StudyAccessService, { strict: false }).grant(designer.id, study.studyId);
    browser = await launchBrowser();
    admin = await openAdminPage(browser);
    page = admin.page;
    await logIn(page, server, designer);
    exportsUrl = `${server.url}/studies/${study.studyId}/exports`;
  });
  afterAll(async () => {
    await admin?.context.close();
    await browser?.close();
    await worker?.close();
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  afterEach(() => {
    expect(admin.policyViolations).toEqual([]);
  });

  it('starts a results workbook, shows its progress as the worker makes it, and downloads a workbook that opens', async () => {
    await page.goto(exportsUrl);
    await page.getByRole('heading', { level: 2, name: 'Eksport' }).waitFor();
    await page.getByText('Ingen eksporter ennå.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Resultater i Excel' }).check();
    await page.getByRole('button', { name: 'Start eksporten' }).click();
    await page.getByRole('status').filter({ hasText: 'Eksporten «Resultater i Excel (på bokmål)» er startet.' }).waitFor();
    const bar = page.locator('.export-list tbody tr').first().getByRole('progressbar', { name: 'Framdrift for Resultater i Excel (på bokmål)' });
    await bar.waitFor();
    await screenshot(page, '40-exports-progress');
    const seen = await watchProgress(page);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((value) => value > 0 && value < 100)).toBe(true);
    await page.getByRole('status').filter({ hasText: 'er klar til nedlasting' }).waitFor();

    const link = page.getByRole('link', { name: /^Last ned .*\.xlsx$/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = join(dataDir, download.suggestedFilename());
    await download.saveAs(path);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.length).toBeGreaterThan(1);
    const text = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join(' ');
    expect(text).toContain('Spørsmål q_gender');
    const row = page.locator('.export-list tbody tr').first();
    await expect(row.getByRole('cell', { name: 'Dina Designer' }).count()).resolves.toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '41-exports-done');
  });

  it('makes raw data as CSV with comma separators', async () => {
    await page.getByRole('radio', { name: 'Rådata' }).check();
    await page.getByRole('radio', { name: 'CSV-filer i en zip-fil' }).check();
    await page.getByRole('radio', { name: /^Komma/ }).check();
    await page.getByRole('radio', { name: 'Engelsk', exact: true }).check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start eksporten' }).click();
    await page.locator('.export-list tbody tr').first().getByRole('rowheader', { name: 'Rådata (CSV (,), på engelsk)' }).waitFor();
    await page.locator('.export-list tbody tr[data-status="done"]').first().getByRole('rowheader', { name: 'Rådata (CSV (,), på engelsk)' }).waitFor({ timeout: 90_000 });
    await page.getByRole('link', { name: /^Last ned .*\.zip$/ }).first().waitFor();
  });

  it('says in words when an export failed', async () => {
    const repository = server.ctx.app.get(ExportsRepository, { strict: false });
    const job = await repository.create({ studyId: study.studyId, kind: 'results_workbook', options: { questionnaireId: randomUUID() }, requestedBy: designer.id });
    const queue = new Queue(QueueName.Exports, { connection: bullConnection(server.ctx.config.redis.url), prefix: server.ctx.config.redis.queuePrefix });
    try {
      await queue.add(JobName.RunExport, { exportId: job.id }, { jobId: job.id, attempts: 1 });
    } finally {
      await queue.close();
    }
    await page.reload();
    const row = page.locator(`.export-list tbody tr[data-export="${job.id}"]`);
    await row.waitFor();
    await page.locator(`.export-list tbody tr[data-export="${job.id}"][data-status="failed"]`).waitFor({ timeout: 30_000 });
    await expect(row.locator('.status-failed').textContent()).resolves.toContain('Mislyktes');
    await row.getByText(/^Eksporten mislyktes: .*no published questionnaire/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '42-exports-failed');
  });

  it('lets an evaluator limited to one municipality make its report only, and says why the others are not offered', async () => {
    const evaluator = await aUser(server, 'evaluator', 'Eva Evaluator');
    await server.ctx.app.get(StudyAccessService, { strict: false }).grant(evaluator.id, study.studyId, '0301');
    const own = await openAdminPage(browser);
    try {
      await logIn(own.page, server, evaluator);
      await own.page.goto(exportsUrl);
      await own.page.getByText('Du har tilgang til Oslo. Du kan lage kommunerapporten for Oslo').waitFor();
      await expect(own.page.getByRole('radio', { name: 'Rådata' }).isDisabled()).resolves.toBe(true);
      await own.page.getByText('Rådata kan ikke beskyttes, så de krever tilgang til hele studien.').waitFor();
      await expect(own.page.getByRole('radio', { name: 'Resultater i Excel' }).isDisabled()).resolves.toBe(true);
      await expect(own.page.getByRole('radio', { name: 'Kommunerapporter' }).isChecked()).resolves.toBe(true);
      // The designer's exports are not theirs to see.
      await own.page.getByText('Ingen eksporter ennå.').waitFor();
      expect(await accessibilityViolations(own.page)).toEqual([]);
      await screenshot(own.page, '43-exports-evaluator');
      await own.page.getByRole('button', { name: 'Start eksporten' }).click();
      await own.page.locator('.export-list tbody tr[data-status="done"]').getByRole('link', { name: /^Last ned .*\.xlsx$/ }).waitFor({ timeout: 90_000 });
      await expect(own.page.locator('.export-list tbody tr').first().getByRole('cell', { name: 'Eva Evaluator' }).count()).resolves.toBe(1);
      expect(own.policyViolations).toEqual([]);
    } finally {
      await own.context.close();
    }
  });

  it('speaks English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('group', { name: 'What do you want to export?' }).waitFor();
    await page.getByRole('columnheader', { name: 'Requested by' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '44-exports-english');
    await page.getByRole('button', { name: 'Norsk' }).click();
  });
});
