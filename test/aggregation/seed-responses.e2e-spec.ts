import { korusDemoQuestionnaire } from '@stemme/questionnaire';
import { responseLayout } from '@stemme/responses';
import { DataSource } from 'typeorm';
import { runCli } from '../../apps/api/src/cli';
import { createTestApp, TestContext } from '../support/test-app';

interface StoredResponse {
  municipality_code: string | null;
  municipality_code_given: string | null;
  county_code: string | null;
  age_band: number | null;
  submitted_on: string;
  answers: (number | null)[];
}

describe('seed:responses (synthetic national data)', () => {
  let ctx: TestContext;
  let rows: StoredResponse[];
  const layout = responseLayout(korusDemoQuestionnaire);
  const slot = (variable: string) => layout.slots.find((candidate) => candidate.variable === variable)!.index;
  const lines: string[] = [];

  beforeAll(async () => {
    ctx = await createTestApp();
    expect(await runCli(['seed:demo'], ctx.config, (line) => lines.push(line))).toBe(0);
    expect(await runCli(['seed:responses', '--study', 'demo', '--count', '3000', '--if-empty', 'true'], ctx.config, (line) => lines.push(line))).toBe(0);
    rows = await ctx.app.get(DataSource).query(
      `SELECT "municipality_code", "municipality_code_given", "county_code", "age_band", to_char("submitted_on", 'YYYY-MM-DD') AS "submitted_on", "answers" FROM "response"`,
    );
  });

  afterAll(async () => {
    await ctx.close();
  });

  it('loads the responses and counts them into the cube at once', async () => {
    expect(rows).toHaveLength(3000);
    const [state] = await ctx.app.get(DataSource).query(`SELECT "folded_count"::int AS "count" FROM "aggregation_state"`);
    expect(state.count).toBe(3000);
    expect(lines.some((line) => /Rebuilt the count cube \(3000 responses\)/.test(line))).toBe(true);
  });

  it('adds nothing to a study that has responses when asked for an empty one only', async () => {
    expect(await runCli(['seed:responses', '--study', 'demo', '--count', '10', '--if-empty', 'true'], ctx.config, (line) => lines.push(line))).toBe(0);
    const [{ count }] = await ctx.app.get(DataSource).query(`SELECT count(*)::int AS "count" FROM "response"`);
    expect(count).toBe(3000);
  });

  it('drops the answers to questions a respondent would not have seen', () => {
    const hasContact = slot('q20_contact_person');
    for (const row of rows) {
      if (row.answers[hasContact] !== 1) expect(row.answers[slot('q21_contact_person_reachable')]).toBeNull();
      if (row.answers[slot('q04_admitted')] !== 1) expect(row.answers[slot('q27_followed_up')]).toBeNull();
    }
    expect(rows.some((row) => row.answers[slot('q21_contact_person_reachable')] !== null)).toBe(true);
  });

  it('gives ages from 18 to 80, skewed young, in the right age band, and has some answers missing or "don\'t know"', () => {
    const ages = rows.map((row) => row.answers[slot('q38_age')]).filter((age): age is number => age !== null);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
    expect(Math.max(...ages)).toBeLessThanOrEqual(80);
    expect(ages.filter((age) => age < 30).length / ages.length).toBeGreaterThan(0.3);
    for (const row of rows) {
      const age = row.answers[slot('q38_age')];
      if (age === null) expect(row.age_band).toBeNull();
      else if (age <= 23) expect(row.age_band).toBe(0);
      else if (age >= 70) expect(row.age_band).toBe(6);
    }
    const trust = rows.map((row) => row.answers[slot('q24_satisfied_overall')]);
    expect(trust.filter((value) => value === 9).length).toBeGreaterThan(0);
    expect(trust.filter((value) => value === null).length).toBeGreaterThan(0);
  });

  it('makes one respondent’s Likert answers go together (a latent satisfaction)', () => {
    const pairs = rows
      .map((row) => [row.answers[slot('q16_fits_needs')], row.answers[slot('q24_satisfied_overall')]])
      .filter((pair): pair is [number, number] => pair.every((value) => value !== null && value >= 1 && value <= 5));
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const [mx, my] = [mean(pairs.map(([x]) => x)), mean(pairs.map(([, y]) => y))];
    const covariance = mean(pairs.map(([x, y]) => (x - mx) * (y - my)));
    const spread = (centre: number, values: number[]) => Math.sqrt(mean(values.map((value) => (value - centre) ** 2)));
    expect(covariance / (spread(mx, pairs.map(([x]) => x)) * spread(my, pairs.map(([, y]) => y)))).toBeGreaterThan(0.3);
  });

  it('spreads responses over the population’s municipalities and the last 60 days, some under the split code 1507', () => {
    expect(new Set(rows.map((row) => row.municipality_code)).size).toBeGreaterThan(150);
    const oslo = rows.filter((row) => row.municipality_code === '0301').length;
    expect(oslo / rows.length).toBeGreaterThan(0.06);
    const split = rows.filter((row) => row.municipality_code === null);
    expect(split.length).toBeGreaterThan(0);
    expect(split.every((row) => row.municipality_code_given === '1507' && row.county_code === '15' && row.answers[slot('q37_municipality')] === 1507)).toBe(true);
    const days = rows.map((row) => Date.parse(row.submitted_on));
    expect((Date.now() - Math.min(...days)) / 86_400_000).toBeLessThan(61);
    expect(Math.max(...days)).toBeLessThanOrEqual(Date.now());
  });
});
