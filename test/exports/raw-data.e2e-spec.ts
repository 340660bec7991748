import { responseLayout } from '@stemme/responses';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { insertResponses } from '../aggregation/support/cube-factories';
import { download, exportAndWait, exportWorld, type ExportWorld } from './support/export-setup';
import { cellValue, parseCsv, sheetsAsCsv } from './support/libreoffice';
import { zipEntries } from './support/zip-entries';

const FORMULAS = ['=1+1', '@SUM(A1:A2)', '+47 999', '-2+3', '=HYPERLINK("http://example.com","x")'];

describe('the raw data export', () => {
  let world: ExportWorld;
  let sheets: Map<string, string[][]>;
  let stored: { id: string; answers: (number | null)[]; municipality_code: string | null; age_band: number | null; texts: Record<string, string> | null }[];

  beforeAll(async () => {
    world = await exportWorld({ responses: 400, seed: 3, freeTextExport: true });
    // Answers that a spreadsheet would take for formulas, typed by respondents.
    for (const text of FORMULAS) {
      await insertResponses(world.dataSource, world.study, [{ municipalityCode: '0301', countyCode: '03', ageBand: 1, submittedOn: '2026-01-10', answers: world.responses[0].answers }]);
      await world.dataSource.query(`UPDATE "response" SET "texts" = $1 WHERE "id" = (SELECT max("id") FROM "response")`, [{ q_comment: text }]);
    }
    stored = await world.dataSource.query(`SELECT "id", "answers", "municipality_code", "age_band", "texts" FROM "response" WHERE "study_id" = $1 ORDER BY "id"`, [world.study.studyId]);
    const job = await exportAndWait(world.designer, world.study.studyId, { kind: 'raw_data' });
    expect(job).toMatchObject({ status: 'done', fileName: expect.stringMatching(/^brukerundersokelsen-test-radata-\d{4}-\d\d-\d\d\.xlsx$/) });
    sheets = await sheetsAsCsv((await download(world.designer, job.id, world.dataDir)).path);
  });

  afterAll(() => world.close());

  it('has one row per response in the database, in the order stored, and a codebook naming every column', () => {
    const [header, ...rows] = sheets.get('Svar')!;
    expect(rows).toHaveLength(stored.length);
    const variables = [...new Set(sheets.get('Kodebok')!.slice(1).map((row) => row[0]))];
    expect(variables).toEqual(header);
    expect(header).toEqual(expect.arrayContaining(['lopenr', 'kommune', 'fylke', 'aldersgruppe', 'q_channels_1', 'q_channels_3', 'q_hours', 'q_comment']));
  });

  it('holds each response’s coded answers as stored: codes, 0/1 per option, decimals', () => {
    const [header, ...rows] = sheets.get('Svar')!;
    const layout = responseLayout(world.study.definition);
    const column = (name: string) => header.indexOf(name);
    rows.forEach((row, index) => {
      const response = stored[index];
      const expected = layout.slots.map((slot) => {
        const value = response.answers[slot.index];
        return value === null ? null : slot.kind === 'decimal' ? value / 100 : value;
      });
      const actual = layout.slots.map((slot) => cellValue(row[column(slot.kind === 'option' ? `${slot.variable}_${slot.optionCode}` : slot.variable)]));
      expect({ row: index + 1, answers: actual, municipality: row[column('kommune')] || null, band: cellValue(row[column('aldersgruppe')]) }).toEqual({
        row: index + 1,
        answers: expected,
        municipality: response.municipality_code,
        band: response.age_band === null ? null : response.age_band + 1,
      });
    });
  });

  it('keeps answers that look like formulas as text, never evaluated', () => {
    const [header, ...rows] = sheets.get('Svar')!;
    const comments = rows.map((row) => row[header.indexOf('q_comment')]).filter(Boolean);
    expect(comments).toEqual(FORMULAS);
  });

  it('leaves free text out when the study does not allow it', async () => {
    await world.dataSource.query(`UPDATE "study" SET "free_text_export" = false WHERE "id" = $1`, [world.study.studyId]);
    const job = await exportAndWait(world.designer, world.study.studyId, { kind: 'raw_data', options: { format: 'csv', separator: ';' } });
    const folder = join(world.dataDir, 'csv');
    await mkdir(folder);
    const entries = await zipEntries((await download(world.designer, job.id, world.dataDir)).path, folder);
    expect(entries.map((entry) => entry.name)).toEqual(['svar.csv', 'kodebok.csv']);
    const bytes = await readFile(join(folder, 'svar.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'), ';').filter((row) => row.length > 1);
    expect(header).not.toContain('q_comment');
    expect(rows).toHaveLength(stored.length);
    expect(rows[0][header.indexOf('q_hours')]).toMatch(/^(\d+(,\d+)?)?$/);
  });
});
