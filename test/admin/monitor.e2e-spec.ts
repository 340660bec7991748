import { AggregationRepository } from '@stemme/aggregation';
import { StudyAccessService } from '@stemme/identity';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { SeededRandom } from '../../libs/statistics/src/testing/seeded-random';
import { insertResponses, randomResponses } from '../aggregation/support/cube-factories';
import { studyWithResponses, type StudyWithResponses } from '../results/support/results-fixture';
import type { TestUser } from '../support/auth';
import { accessibilityViolations } from '../support/browser';
import { adminInBrowser, type AdminServer, aUser, logIn, openAdminPage, screenshot } from './support/admin-app';

describe('the live monitor tab', () => {
  let browser: Browser;
  let server: AdminServer;
  let page: Page;
  let designer: TestUser;
  let data: StudyWithResponses;

  const cellOf = (rowName: RegExp | string) => page.locator('[data-monitor-counties] tr', { has: page.getByRole('rowheader', { name: rowName, exact: true }) }).locator('td');

  const ui = adminInBrowser();

  beforeAll(async () => {
    ({ browser, server, page } = ui);
    designer = await aUser(server, 'designer');
    data = await studyWithResponses(server.ctx, { seed: 7, count: 240 });
    await server.ctx.app.get(StudyAccessService).grant(designer.id, data.study.studyId);
    await logIn(page, server, designer);
  });

  it('shows the responses per day as a chart and a table, and per county and municipality, with the same figures as the raw rows', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(`${server.url}/studies/${data.study.studyId}/monitor`);
    await page.getByRole('heading', { level: 2, name: 'Svarinngang' }).waitFor();
    await page.getByText('240 svar i alt').waitFor();
    await page.getByText('skal ikke publiseres', { exact: false }).waitFor();
    await page.locator('[data-chart-state="ready"]').waitFor();
    // chart.js arrives as a chunk of its own, only when the chart is drawn.
    expect(scripts.length).toBeGreaterThanOrEqual(2);

    const perDay = new Map<string, number>();
    const perCounty = new Map<string | null, number>();
    for (const response of data.responses) {
      perDay.set(response.submittedOn, (perDay.get(response.submittedOn) ?? 0) + 1);
      perCounty.set(response.countyCode, (perCounty.get(response.countyCode) ?? 0) + 1);
    }
    await page.getByText('Vis tabellen med tall per dag').click();
    const dayRows = page.getByRole('table', { name: 'Svar per dag, i tall' }).locator('tbody tr');
    const shownDays = (await dayRows.locator('td').allTextContents()).map(Number);
    expect(shownDays.reduce((a, b) => a + b, 0)).toBe(240);
    expect(shownDays.filter((n) => n > 0).sort((a, b) => a - b)).toEqual([...perDay.values()].sort((a, b) => a - b));
    expect(Number(await cellOf('Vestland').textContent())).toBe(perCounty.get('46'));
    expect(Number(await cellOf('Oslo').textContent())).toBe(perCounty.get('03'));
    // Codes in order, the unknown county last.
    expect((await page.locator('[data-monitor-counties] tbody th').allTextContents()).at(-1)).toBe('Ukjent fylke');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '50-monitor');
  });

  it('updates by itself while the tab is open', async () => {
    const dataSource = server.ctx.app.get(DataSource);
    const more = randomResponses(new SeededRandom(99), data.study, 10).map((response) => ({ ...response, municipalityCode: '4601', countyCode: '46' }));
    await insertResponses(dataSource, data.study, more);
    await server.ctx.app.get(AggregationRepository).fold(data.study.studyId);
    await page.getByText('250 svar i alt').waitFor({ timeout: 15_000 });
    const vestland = data.responses.filter((response) => response.countyCode === '46').length + 10;
    expect(Number(await cellOf('Vestland').textContent())).toBe(vestland);
  });

  it('works in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('250 responses in all').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Responses per county' }).waitFor();
    await page.getByText('must not be published', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Norsk' }).click();
  });

  it('is not offered to evaluators', async () => {
    const evaluator = await aUser(server, 'evaluator');
    await server.ctx.app.get(StudyAccessService).grant(evaluator.id, data.study.studyId);
    const other = await openAdminPage(browser);
    try {
      await logIn(other.page, server, evaluator);
      await other.page.goto(`${server.url}/studies/${data.study.studyId}`);
      await other.page.getByRole('link', { name: 'Resultater' }).waitFor();
      expect(await other.page.getByRole('link', { name: 'Svarinngang' }).count()).toBe(0);
    } finally {
      await other.context.close();
    }
  });
});
