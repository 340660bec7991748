import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type ApiResults, apiResults, expectedFigures, readFigures } from './support/api-figures';
import { download, exportAndWait, exportWorld, type ExportWorld } from './support/export-setup';
import { cellValue, sheetsAsCsv } from './support/libreoffice';
import { zipEntries } from './support/zip-entries';

const HEADER_ROW = 4;

describe('the municipality report pack', () => {
  let world: ExportWorld;
  let entries: { name: string; size: number }[];
  let folder: string;

  beforeAll(async () => {
    world = await exportWorld({ seed: 11 });
    const job = await exportAndWait(world.designer, world.study.studyId, { kind: 'municipality_reports' });
    expect(job).toMatchObject({ status: 'done', contentType: 'application/zip' });
    const { path } = await download(world.designer, job.id, world.dataDir);
    folder = join(world.dataDir, 'pack');
    await mkdir(folder);
    entries = await zipEntries(path, folder);
  });

  afterAll(() => world.close());

  it('has one workbook per municipality with its own report and per pool, as the API’s municipality breakdown lists them, and a readme', async () => {
    const results = await apiResults(world.designer, world.study.studyId, { question: 'q_gender', breakdown: 'municipality' });
    const units = results.rows.filter((row) => row.group.kind === 'municipality' || row.group.kind === 'pool');
    expect(units.some((row) => row.group.kind === 'pool')).toBe(true);
    const workbooks = entries.filter((entry) => entry.name.endsWith('.xlsx'));
    expect(workbooks).toHaveLength(units.length);
    for (const unit of units.filter((row) => row.group.kind === 'municipality')) expect(workbooks.map((entry) => entry.name)).toContainEqual(expect.stringMatching(new RegExp(`^${unit.group.key}-`)));
    expect(entries.map((entry) => entry.name)).toContain('LESMEG.txt');
  });

  it('compares Oslo with its county and the nation, and 18–23 year olds with everyone else, with the API’s figures', async () => {
    const sheets = await sheetsAsCsv(join(folder, entries.find((entry) => entry.name.startsWith('0301-'))!.name));
    expect(sheets.get('Oversikt')!.flat().join(' ')).toContain('Rapport for Oslo');
    const studyId = world.study.studyId;
    for (const variable of ['q_gender', 'q_trust', 'q_channels', 'q_hours']) {
      const rows = sheets.get(variable)!.slice(HEADER_ROW);
      const width = sheets.get(variable)![HEADER_ROW - 1].filter(Boolean).length - 3;
      const oslo = await apiResults(world.designer, studyId, { question: variable, breakdown: 'municipality', municipality: '0301' });
      const county = await apiResults(world.designer, studyId, { question: variable, breakdown: 'county', county: '03' });
      const young = await apiResults(world.designer, studyId, { question: variable, breakdown: 'municipality_age_band', municipality: '0301', ageBand: 0 });
      const nationYoung = await apiResults(world.designer, studyId, { question: variable, breakdown: 'age_band', ageBand: 0 });
      const expected = [
        ['Oslo', expectedFigures(oslo, oslo.rows[0])],
        ['Oslo', expectedFigures(county, county.rows[0])],
        ['Hele landet', expectedFigures(oslo, oslo.total)],
        ['Oslo – 18–23 år', expectedFigures(young, young.rows[0])],
      ];
      expect(rows.slice(0, 4).map((row) => [row[1], readFigures(row, width)])).toEqual(expected);
      expect(rows[5][1]).toBe('Hele landet – 18–23 år');
      expect(readFigures(rows[5], width)).toEqual(expectedFigures(nationYoung, nationYoung.rows[0]));
      expect(readFigures(rows[4], width).slice(0, 2)).toEqual(othersCounts(oslo, young));
    }
  });

  it('hides “everyone else” wherever the young band is hidden, in every report', async () => {
    const pairs: [young: unknown, others: unknown][] = [];
    for (const entry of entries.filter((candidate) => candidate.name.endsWith('.xlsx'))) {
      const rows = (await sheetsAsCsv(join(folder, entry.name))).get('q_trust')!.slice(HEADER_ROW);
      pairs.push([cellValue(rows[3][3]), cellValue(rows[4][3])]);
    }
    const hiddenYoung = pairs.filter(([young]) => young === ':');
    expect(hiddenYoung.length).toBeGreaterThan(0);
    expect(hiddenYoung.every(([, others]) => others === ':')).toBe(true);
  });
});

/** Respondents and base of everyone but the young band, worked out from the API's two rows. */
function othersCounts(whole: ApiResults, young: ApiResults): (number | string)[] {
  const [all, part] = [whole.rows[0], young.rows[0]];
  if ('suppressed' in all.respondents || 'suppressed' in part.respondents) return [':', ':'];
  return [all.respondents.value - part.respondents.value, (all.base as { value: number }).value - (part.base as { value: number }).value];
}
