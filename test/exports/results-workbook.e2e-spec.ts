import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import { apiResults, expectedFigures, labelOf, readFigures } from './support/api-figures';
import { download, exportAndWait, exportWorld, type ExportWorld } from './support/export-setup';
import { sheetsAsCsv } from './support/libreoffice';

const HEADER_ROW = 4;
const COUNTED = ['q_gender', 'q_trust', 'q_m_a', 'q_m_b', 'q_channels', 'q_hours', 'q_age'];

describe('the results workbook export', () => {
  let world: ExportWorld;
  let file: string;
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    world = await exportWorld();
    const job = await exportAndWait(world.designer, world.study.studyId, { kind: 'results_workbook' });
    expect(job).toMatchObject({ status: 'done', progress: 100, kind: 'results_workbook' });
    ({ path: file } = await download(world.designer, job.id, world.dataDir));
    sheets = await sheetsAsCsv(file);
  });

  afterAll(() => world.close());

  it('has an overview and a sheet for every counted question, and none for free text', () => {
    expect([...sheets.keys()].sort()).toEqual(['Oversikt', ...COUNTED].sort());
  });

  it('shows, read back by LibreOffice, every figure the statistics API shows, by county, age band and municipality, hidden cells as ":"', async () => {
    let hidden = 0;
    for (const variable of COUNTED) {
      const rows = sheets.get(variable)!.slice(HEADER_ROW);
      const width = sheets.get(variable)![HEADER_ROW - 1].filter(Boolean).length - 3;
      let at = 0;
      for (const breakdown of ['national', 'county', 'age_band', 'municipality']) {
        const results = await apiResults(world.designer, world.study.studyId, { question: variable, breakdown });
        const apiRows = breakdown === 'national' ? [results.total] : results.rows;
        for (const apiRow of apiRows) {
          const sheetRow = rows[at++];
          expect({ variable, breakdown, label: sheetRow[1], figures: readFigures(sheetRow, width) }).toEqual({
            variable,
            breakdown,
            label: breakdown === 'national' ? 'Hele landet' : labelOf(apiRow, breakdown),
            figures: expectedFigures(results, apiRow),
          });
          hidden += readFigures(sheetRow, width).filter((cell) => cell === ':').length;
        }
      }
      expect(rows[at]?.[0] ?? '').toBe('');
    }
    expect(hidden).toBeGreaterThan(0);
  });

  it('counts respondents by county and age band on the overview as the API does, with the rule in words', async () => {
    const overview = sheets.get('Oversikt')!;
    expect(overview.flat().join(' ')).toContain('Grupper med færre enn 5 svar vises ikke.');
    const header = overview.findIndex((row) => row[0] === 'Fylke');
    const results = await apiResults(world.designer, world.study.studyId, { question: 'q_gender', breakdown: 'county_age_band' });
    for (const apiRow of results.rows) {
      const row = overview.slice(header + 1).find((candidate) => candidate[0] === apiRow.group.label.nb)!;
      const column = overview[header].indexOf(apiRow.group.ageBand === null ? 'Ukjent alder' : apiRow.group.ageBandLabel!);
      expect({ county: row[0], band: column, n: row[column] }).toEqual({ county: apiRow.group.label.nb, band: column, n: 'suppressed' in apiRow.respondents ? ':' : String(apiRow.respondents.value) });
    }
  });

  it('freezes the header row, filters it, formats percents and means, and puts the charts beside the table', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('q_trust')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 });
    expect(sheet.autoFilter).toMatch(new RegExp(`^A${HEADER_ROW}:N\\d+$`));
    const percent = sheet.getRow(HEADER_ROW + 1).getCell(6);
    expect(percent.numFmt).toBe('0.0%');
    expect(sheet.getRow(HEADER_ROW + 1).getCell(12).numFmt).toBe('0.00');
    const images = sheet.getImages();
    expect(images).toHaveLength(2);
    expect(images.every((image) => image.range.tl.col >= 13)).toBe(true);
    expect(workbook.getWorksheet('q_channels')!.getImages()).toHaveLength(1);
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
  });
});
