import type { ProtectedTable, PublishedValue } from '@stemme/statistics';
import { attackPublishedTable, hiddenUnions } from '../../libs/statistics/src/testing/attacker';
import { namedEntries } from '../../libs/statistics/src/testing/table-views';
import { SPLIT_IN_MORE_OG_ROMSDAL } from '../aggregation/support/cube-factories';
import { loggedInAs, LoggedIn } from '../support/auth';
import { createTestApp, TestContext } from '../support/test-app';
import { studyWithResponses, StudyWithResponses } from './support/results-fixture';
import { ApiGroup, isHidden, membersOf, Published } from './support/results-oracle';

interface ApiRow {
  group: ApiGroup;
  respondents: Published;
  base: Published;
  options: { code: number; count: Published }[];
}

const THRESHOLD = 5;
const MINIMUM = 12;

describe('disclosure control of the statistics API', () => {
  let ctx: TestContext;
  let admin: LoggedIn;
  let data: StudyWithResponses;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await loggedInAs(ctx, 'admin');
    data = await studyWithResponses(ctx, { seed: 77, count: 2200, threshold: THRESHOLD, reportingMinimum: MINIMUM });
  });

  afterAll(async () => {
    await ctx.close();
  });

  const rowsOf = async (breakdown: string, question = 'q_gender'): Promise<{ rows: ApiRow[]; total: ApiRow }> =>
    (await admin.get(`/api/studies/${data.study.studyId}/results?question=${question}&breakdown=${breakdown}`).expect(200)).body;
  const sameGroup = (a: ApiGroup, b: ApiGroup) => a.key === b.key && (a.ageBand ?? 'all') === (b.ageBand ?? 'all');
  const trueSize = (group: ApiGroup) => membersOf(data.responses, group).length;

  it('lets no one work out a hidden group size from the six breakdowns together: the attacker recovers nothing', async () => {
    const [units, cells, bands, counties, countyBands, nation] = await Promise.all(
      ['municipality', 'municipality_age_band', 'age_band', 'county', 'county_age_band', 'national'].map((breakdown) => rowsOf(breakdown)),
    );
    const columnGroups = bands.rows.map((row) => row.group);
    const find = (rows: ApiRow[], group: ApiGroup): ApiRow => rows.find((row) => sameGroup(row.group, group))!;
    const table: ProtectedTable = {
      rowKeys: units.rows.map((row) => row.group.key),
      columnKeys: columnGroups.map((group) => String(group.ageBand)),
      cells: units.rows.map((unit) => columnGroups.map((band) => find(cells.rows, { ...unit.group, ageBand: band.ageBand }).respondents as PublishedValue)),
      rowTotals: units.rows.map((row) => row.respondents as PublishedValue),
      columnTotals: bands.rows.map((row) => row.respondents as PublishedValue),
      grandTotal: nation.total.respondents as PublishedValue,
      rowGroups: counties.rows.map((county) => ({
        key: county.group.key,
        rowKeys: units.rows.filter((unit) => unit.group.countyCode === county.group.key).map((unit) => unit.group.key),
        subtotals: columnGroups.map((band) => find(countyBands.rows, { ...county.group, ageBand: band.ageBand }).respondents as PublishedValue),
        total: county.respondents as PublishedValue,
      })),
    };
    const counts = units.rows.map((unit) => columnGroups.map((band) => trueSize({ ...unit.group, ageBand: band.ageBand })));
    const truth = namedEntries(table, counts);
    const shown = [...truth.values()].filter((entry) => entry.shown && 'value' in entry.shown);
    expect(shown.every((entry) => entry.value === 0 || entry.value >= THRESHOLD)).toBe(true);
    const hidden = [...truth.values()].filter((entry) => entry.shown && isHidden(entry.shown as Published));
    expect(hidden.some((entry) => entry.value > 0 && entry.value < THRESHOLD)).toBe(true);
    expect(attackPublishedTable(table).filter((entry) => entry.recovered)).toEqual([]);
    // Nor the size of several hidden groups together: a shown total minus its shown parts.
    expect(hiddenUnions(table).filter(({ size }) => size > 0 && size < THRESHOLD)).toEqual([]);
  });

  it('lets no one recover an answer count of a hidden group under the threshold from municipality × age band answers and their municipality totals', async () => {
    const [cells, units] = await Promise.all([rowsOf('municipality_age_band'), rowsOf('municipality')]);
    const codes = units.total.options.map((option) => option.code);
    const table: ProtectedTable = {
      rowKeys: cells.rows.map((row) => `${row.group.key}/${row.group.ageBand}`),
      columnKeys: codes.map(String),
      cells: cells.rows.map((row) => row.options.map((option) => option.count as PublishedValue)),
      rowTotals: cells.rows.map((row) => row.base as PublishedValue),
      columnTotals: units.total.options.map((option) => option.count as PublishedValue),
      grandTotal: units.total.base as PublishedValue,
      rowGroups: units.rows.map((unit) => ({
        key: unit.group.key,
        rowKeys: cells.rows.filter((cell) => cell.group.key === unit.group.key).map((cell) => `${cell.group.key}/${cell.group.ageBand}`),
        subtotals: unit.options.map((option) => option.count as PublishedValue),
        total: unit.base as PublishedValue,
      })),
    };
    const small = new Set(cells.rows.flatMap((row, index) => (trueSize(row.group) > 0 && trueSize(row.group) < THRESHOLD ? [index] : [])));
    expect(small.size).toBeGreaterThan(0);
    const recovered = attackPublishedTable(table).filter((entry) => entry.recovered && entry.upper > 0);
    const ofSmallGroups = recovered.filter((entry) => {
      const match = /^(cell|row total) (\d+)/.exec(entry.name);
      return match !== null && small.has(Number(match[2]));
    });
    expect(ofSmallGroups).toEqual([]);
  });

  it('pools municipalities under the reporting minimum by county and reports no municipality alone below it', async () => {
    const { rows } = await rowsOf('municipality');
    const rawCount = (code: string) => data.responses.filter((response) => response.municipalityCode === code).length;
    const own = rows.filter((row) => row.group.kind === 'municipality');
    const pools = rows.filter((row) => row.group.kind === 'pool');
    expect(pools.length).toBeGreaterThan(0);
    for (const row of own) expect(rawCount(row.group.key)).toBeGreaterThanOrEqual(MINIMUM);
    for (const pool of pools) {
      expect(pool.group.key).toBe(`county:${pool.group.countyCode}`);
      expect(pool.group.municipalityCodes!.every((code) => code.startsWith(pool.group.countyCode!))).toBe(true);
      expect(trueSize(pool.group)).toBeGreaterThanOrEqual(MINIMUM);
    }
    const reported = new Set(rows.flatMap((row) => row.group.municipalityCodes ?? []));
    const answered = new Set(data.responses.flatMap((response) => (response.municipalityCode ? [response.municipalityCode] : [])));
    for (const code of answered) if (rawCount(code) < MINIMUM) expect(pools.some((pool) => pool.group.municipalityCodes!.includes(code))).toBe(true);
    expect([...answered].every((code) => reported.has(code))).toBe(true);
    const body = (await admin.get(`/api/studies/${data.study.studyId}/results?question=q_gender&breakdown=municipality`).expect(200)).body;
    expect(body.footnotes[1].nb).toMatch(/færre enn 12 svar er slått sammen/);
  });

  it('shows responses under a split municipality code as their own group in their county, never guessed, and counts them in the county and the nation', async () => {
    const split = data.responses.filter((response) => response.municipalityCode === null && response.countyCode === SPLIT_IN_MORE_OG_ROMSDAL.countyCode);
    expect(split.length).toBeGreaterThanOrEqual(THRESHOLD);
    const units = await rowsOf('municipality');
    const row = units.rows.find((candidate) => candidate.group.kind === 'split')!;
    expect(row.group).toMatchObject({ key: 'split:15', countyCode: '15', label: { nb: 'Kommunenummer som er delt, i Møre og Romsdal' } });
    expect(row.respondents).toEqual({ value: split.length });
    const county = (await rowsOf('county')).rows.find((candidate) => candidate.group.key === '15')!;
    expect(county.respondents).toEqual({ value: data.responses.filter((response) => response.countyCode === '15').length });
    expect(units.total.respondents).toEqual({ value: data.responses.length });
  });

  it('hides almost everything of a study with a dozen responses, but shows the nation', async () => {
    const tiny = await studyWithResponses(ctx, { seed: 3, count: 12, threshold: THRESHOLD, reportingMinimum: MINIMUM });
    const body = (await admin.get(`/api/studies/${tiny.study.studyId}/results?question=q_trust&breakdown=municipality_age_band`).expect(200)).body;
    expect(body.total.respondents).toEqual({ value: 12 });
    const shown = (body.rows as ApiRow[]).filter((row) => !isHidden(row.respondents));
    expect(shown.every((row) => (row.respondents as { value: number }).value === 0 || (row.respondents as { value: number }).value >= THRESHOLD)).toBe(true);
  });
});
