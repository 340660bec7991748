import { StudyAccessService } from '@stemme/identity';
import type { Browser, Page } from 'playwright-core';
import { loginAs, type LoggedIn, type TestUser } from '../support/auth';
import { accessibilityViolations } from '../support/browser';
import { studyWithResponses, type StudyWithResponses } from '../results/support/results-fixture';
import { adminInBrowser, type AdminPage, type AdminServer, aUser, logIn, openAdminPage, screenshot } from './support/admin-app';
import { sidewaysOverflow } from './support/builder-page';

const THRESHOLD = 5;
const percent = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Table text without any kind of space, so number formats compare plainly. */
const squeeze = (text: string) => text.replace(/\s/g, '');
const TOTAL_ROW = 'Helelandet,allesvar';

type Figure = { value: number | null } | { suppressed: true; reason: string };
interface Row {
  group: { key: string; label: { nb: string }; ageBand?: number | null };
  respondents: Figure;
  base: Figure;
  options?: { code: number; count: Figure; percent: Figure }[];
  summary?: Figure | { value: { mean: number; meanInterval: { lower: number; upper: number } } };
}
interface QuestionResults {
  rows: Row[];
  total: Row;
}

/**
 * What the chart on the page holds: its labels and each dataset's values, read from chart.js
 * itself (the lazily loaded chunk, imported again in the page, shares chart.js's registry).
 */
async function drawnChart(page: Page): Promise<{ labels: string[]; data: (number | null)[][] }> {
  // A string, so that the test's compiler leaves the page's import() alone.
  return page.evaluate(`(async () => {
    const url = performance.getEntriesByType('resource').map((entry) => entry.name).find((name) => /\\/assets\\/chart-[^/]+\\.js$/.test(name));
    if (!url) throw new Error('chart.js was not loaded');
    const module = await import(url);
    const Chart = Object.values(module).find((value) => typeof value === 'function' && typeof value.getChart === 'function');
    const chart = Chart.getChart(document.querySelector('.results-chart canvas'));
    return { labels: chart.data.labels, data: chart.data.datasets.map((dataset) => dataset.data) };
  })()`);
}

const shown = (figure: Figure | undefined): figure is { value: number | null } => !!figure && 'value' in figure;

/** What a cell must read: the API's figure formatted, or "⊘ skjult" with the reason's mark where the API hides it. */
function expectedCell(figure: Figure | undefined, format: (value: number) => string): string {
  if (!shown(figure)) return figure?.reason === 'below_threshold' ? '⊘skjult¹(færreenn5svar)' : '⊘skjult²(skjultforåbeskytteetannetskjulttall)';
  return figure.value === null ? '–' : squeeze(format(figure.value));
}

/** Waits until the figures shown are those of this question and breakdown (and county, if given). */
async function waitForFigures(page: Page, question: string, breakdown: string, county = ''): Promise<void> {
  await page.locator(`.results-output[aria-busy="false"] .results-figures[data-question="${question}"][data-breakdown="${breakdown}"][data-county="${county}"] .results-table`).waitFor();
}

/** The little of a table row's DOM read here (the root tsconfig has no DOM library). */
interface RowElement {
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('.results-table tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from((row as unknown as RowElement).querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s/g, ''))));
}

describe('the results explorer', () => {
  let browser: Browser;
  let server: AdminServer;
  let page: Page;
  let administrator: TestUser;
  let api: LoggedIn;
  let data: StudyWithResponses;
  let resultsUrl: string;

  const fromApi = async (query: string): Promise<QuestionResults> => (await api.get(`/api/studies/${data.study.studyId}/results?${query}`).expect(200)).body;
  const questionValue = (variable: string) => `${data.study.questionnaireId}/${variable}`;

  const ui = adminInBrowser();

  beforeAll(async () => {
    ({ browser, server, page } = ui);
    data = await studyWithResponses(server.ctx, { seed: 21, count: 900, threshold: THRESHOLD, reportingMinimum: 10 });
    administrator = await aUser(server, 'admin', 'Ada Admin');
    api = await loginAs(server.ctx, administrator);
    await logIn(page, server, administrator);
    resultsUrl = `${server.url}/studies/${data.study.studyId}/results`;
  });

  it('shows a question for the whole country as a chart and a table whose figures are the API’s, and how fresh they are', async () => {
    await page.goto(resultsUrl);
    await page.getByLabel('Spørsmål', { exact: true }).selectOption(questionValue('q_gender'));
    await page.getByRole('radio', { name: 'Hele landet' }).check();
    await waitForFigures(page, 'q_gender', 'national');
    const national = await fromApi('question=q_gender&breakdown=national');

    const [total] = await tableRows(page);
    expect(total).toEqual([
      TOTAL_ROW,
      expectedCell(national.total.respondents, String),
      expectedCell(national.total.base, String),
      ...national.total.options!.map((option) => `${expectedCell(option.percent as Figure, (value) => `${percent.format(value)} %`)}(${shown(option.count) ? option.count.value : ''})`),
    ]);
    await expect(page.locator('.freshness').textContent()).resolves.toContain('Tallene bygger på 900 svar, sist oppdatert');
    await page.locator('.results-chart[data-chart-state="drawn"] canvas[role="img"]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);
    await screenshot(page, '30-results-national');
  });

  it('shows hidden groups as “skjult” with a mark, where the API hides them, and explains the rule in words', async () => {
    await page.getByRole('radio', { name: 'Kommune og aldersgruppe' }).check();
    await page.getByRole('combobox', { name: 'Fylke' }).selectOption({ label: 'Vestland' });
    await waitForFigures(page, 'q_gender', 'municipality_age_band', '46');
    const results = await fromApi('question=q_gender&breakdown=municipality_age_band&county=46');
    const hiddenRows = results.rows.filter((row) => !shown(row.respondents));
    expect(hiddenRows.length).toBeGreaterThan(0);

    const rows = await tableRows(page);
    expect(rows).toHaveLength(results.rows.length + 1);
    results.rows.forEach((row, index) => {
      const cells = rows[index];
      expect(cells[1]).toBe(expectedCell(row.respondents as Figure, String));
      expect(cells[2]).toBe(expectedCell(row.base as Figure, String));
      row.options!.forEach((option, column) => {
        const count = shown(option.count as Figure) ? `(${(option.count as { value: number }).value})` : '';
        expect(cells[3 + column]).toBe(expectedCell(option.percent as Figure, (value) => `${percent.format(value)} %`) + count);
      });
    });
    const hiddenCell = page.locator('.results-table tbody tr').nth(results.rows.indexOf(hiddenRows[0])).locator('.hidden-figure').first();
    await expect(hiddenCell.isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { name: 'Hvorfor noen tall er skjult' }).waitFor();
    await expect(page.locator('.disclosure-note').textContent()).resolves.toContain('vises ikke grupper med færre enn 5 svar');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '31-results-hidden-groups');
  });

  it('leaves hidden groups out of the chart: labelled hidden, with no bar', async () => {
    await page.getByLabel('Spørsmål', { exact: true }).selectOption(questionValue('q_trust'));
    await waitForFigures(page, 'q_trust', 'municipality_age_band', '46');
    await page.locator('.results-chart[data-chart-state="drawn"]').waitFor();
    await page.getByText('Skjulte grupper står i diagrammet med «(skjult)» og uten søyle.').waitFor();
    const results = await fromApi('question=q_trust&breakdown=municipality_age_band&county=46');
    const chart = await drawnChart(page);
    expect(chart.labels).toHaveLength(results.rows.length);
    // A 100 % stacked bar per group: one dataset per scale point.
    expect(chart.data).toHaveLength(results.rows[0].options!.length);
    expect(results.rows.some((row) => !shown(row.respondents))).toBe(true);
    results.rows.forEach((row, index) => {
      const hidden = !shown(row.respondents);
      expect(chart.labels[index].endsWith('(skjult)')).toBe(hidden);
      const drawn = chart.data.map((values) => values[index]);
      if (hidden) expect(drawn.every((value) => value === null)).toBe(true);
      else expect(drawn).toEqual(row.options!.map((option) => (shown(option.percent) ? option.percent.value : null)));
    });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '32-results-likert-stacked');
  });

  it('gives means with their 95 % interval for a number question, as the API computes them', async () => {
    await page.getByLabel('Spørsmål', { exact: true }).selectOption(questionValue('q_hours'));
    await page.getByRole('radio', { name: 'Fylke', exact: true }).check();
    await page.getByRole('combobox', { name: 'Fylke' }).selectOption('');
    await waitForFigures(page, 'q_hours', 'county');
    const results = await fromApi('question=q_hours&breakdown=county');
    const rows = await tableRows(page);
    results.rows.forEach((row, index) => {
      const summary = row.summary as { value: { mean: number; meanInterval: { lower: number; upper: number } } };
      expect(rows[index][3]).toBe(squeeze(decimal.format(summary.value.mean)));
      expect(rows[index][4]).toBe(squeeze(`${decimal.format(summary.value.meanInterval.lower)}–${decimal.format(summary.value.meanInterval.upper)}`));
    });
    await page.locator('.results-chart[data-chart-state="drawn"]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '33-results-means');
  });

  it('cross-tabulates a question by a background question, with the API’s row percents', async () => {
    await page.getByLabel('Spørsmål', { exact: true }).selectOption(questionValue('q_trust'));
    await page.getByRole('radio', { name: 'Svar på et bakgrunnsspørsmål' }).check();
    await page.getByRole('combobox', { name: 'Bakgrunnsspørsmål' }).selectOption(questionValue('q_gender'));
    await waitForFigures(page, 'q_trust', 'crosstab');
    const crossTab = (await api.get(`/api/studies/${data.study.studyId}/results/crosstab?question=q_trust&by=q_gender`).expect(200)).body;
    const rows = await tableRows(page);
    expect(rows).toHaveLength(crossTab.rows.length + 1);
    crossTab.rows.forEach((row: { base: Figure; percents: Figure[] }, index: number) => {
      expect(rows[index][1]).toBe(expectedCell(row.base, String));
      row.percents.forEach((figure, column) => expect(rows[index][2 + column].startsWith(expectedCell(figure, (value) => `${percent.format(value)} %`))).toBe(true));
    });
    await page.locator('.results-chart[data-chart-state="drawn"]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '34-results-crosstab');
  });

  it('works with the keyboard alone: a question and a breakdown picked without a mouse', async () => {
    await page.goto(resultsUrl);
    await page.getByLabel('Spørsmål', { exact: true }).focus();
    await page.getByLabel('Spørsmål', { exact: true }).selectOption(questionValue('q_gender'));
    await page.keyboard.press('Tab');
    const checked = page.locator('input[name="breakdown"]:checked');
    await expect(checked.evaluate((element) => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect(checked.getAttribute('value')).resolves.toBe('age_band');
    await waitForFigures(page, 'q_gender', 'age_band');
    const results = await fromApi('question=q_gender&breakdown=age_band');
    expect(await page.locator('.results-table tbody tr').count()).toBe(results.rows.length + 1);
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'What do you want to see?' }).waitFor();
    await page.getByRole('radio', { name: 'Age band', exact: true }).waitFor();
    await waitForFigures(page, 'q_gender', 'age_band');
    await page.getByRole('columnheader', { name: 'Group', exact: true }).waitFor();
    await expect(page.locator('.freshness').textContent()).resolves.toContain('The figures are based on 900 responses');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, '35-results-english');
    await page.getByRole('button', { name: 'Norsk' }).click();
    await page.getByRole('heading', { level: 2, name: 'Hva vil du se?' }).waitFor();
  });

  describe('for an evaluator limited to one municipality', () => {
    let evaluatorPage: AdminPage;
    let evaluator: TestUser;

    beforeAll(async () => {
      evaluator = await aUser(server, 'evaluator', 'Eva Evaluator');
      await server.ctx.app.get(StudyAccessService, { strict: false }).grant(evaluator.id, data.study.studyId, '1804');
      evaluatorPage = await openAdminPage(browser);
      await logIn(evaluatorPage.page, server, evaluator);
    });
    afterAll(async () => {
      await evaluatorPage?.context.close();
    });
    afterEach(() => {
      expect(evaluatorPage.policyViolations).toEqual([]);
    });

    it('offers only their municipality and county, says so, and shows the figures the API gives them', async () => {
      const own = evaluatorPage.page;
      await own.goto(resultsUrl);
      await own.getByText('Du har tilgang til resultater for Bodø, Nordland og hele landet.').waitFor();
      await own.getByRole('radio', { name: 'Kommune', exact: true }).check();
      await waitForFigures(own, 'q_gender', 'municipality', '18');
      const choices = await own.getByRole('combobox', { name: 'Kommune' }).locator('option').allTextContents();
      expect(choices).toEqual(['Bodø']);
      const session = await loginAs(server.ctx, evaluator);
      const results: QuestionResults = (await session.get(`/api/studies/${data.study.studyId}/results?question=q_gender&breakdown=municipality&municipality=1804&county=18`).expect(200)).body;
      const rows = await tableRows(own);
      expect(rows.map((row) => row[0])).toEqual([...results.rows.map((row) => squeeze(row.group.label.nb)), TOTAL_ROW]);
      expect(await accessibilityViolations(own)).toEqual([]);
      await screenshot(own, '36-results-evaluator');
    });

    it('says plainly when the API refuses, e.g. after their access changed to another municipality', async () => {
      const own = evaluatorPage.page;
      await server.ctx.app.get(StudyAccessService, { strict: false }).grant(evaluator.id, data.study.studyId, '0301');
      await own.getByRole('radio', { name: 'Fylke', exact: true }).check();
      await own.getByRole('alert').filter({ hasText: 'Du har ikke tilgang til disse tallene.' }).waitFor();
      expect(await own.locator('.results-table').count()).toBe(0);
      expect(await accessibilityViolations(own)).toEqual([]);
      await screenshot(own, '37-results-forbidden');
    });
  });
});
