import { Workbook, ValueType, type Worksheet } from 'exceljs';
import { countedRows, MemorySink, settledValue, StalledSink } from '../testing/streams';
import type { ExportTable, RawRow } from '../tabular/table';
import { writeXlsxStream } from './write-xlsx-stream';

const columns = [{ header: 'kommunenummer' }, { header: 'alder' }, { header: 'q1' }, { header: 'kommentar', width: 40 }];

function dataTable(rows: ExportTable['rows']): ExportTable {
  return { name: 'Svar', columns, rows };
}

const codebook: ExportTable = {
  name: 'Kodebok',
  columns: [{ header: 'Variabel' }, { header: 'Kode' }, { header: 'Etikett' }],
  rows: [
    ['q1', 1, 'Helt uenig'],
    ['q1', 5, 'Helt enig'],
  ],
};

async function readBack(sink: MemorySink): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(sink.contents as unknown as ArrayBuffer);
  return workbook;
}

function rowValues(sheet: Worksheet, rowNumber: number): unknown[] {
  return (sheet.getRow(rowNumber).values as unknown[]).slice(1);
}

// Random text compresses about as badly as free-text answers, so that the zip's buffers hold a
// fair share of the rows rather than nearly all of them.
const wideColumns = [{ header: 'nummer' }, { header: 'kommentar' }, { header: 'forslag' }];

function* manyRows(count: number): Generator<RawRow> {
  let seed = 7;
  const next = (): number => (seed = (seed * 48_271) % 2_147_483_647);
  const text = (): string => Array.from({ length: 12 }, () => next().toString(36)).join('');
  for (let i = 0; i < count; i++) yield [i, text(), text()];
}

describe('writeXlsxStream', () => {
  it('writes a header, every row and a codebook as the second sheet, which Excel readers read back', async () => {
    const sink = new MemorySink();
    const rows: RawRow[] = [
      ['0301', 19, 4, 'Godt tilbud i Bodø, Tromsø og Kárášjohka'],
      ['1804', 23, null, null],
    ];

    const summary = await writeXlsxStream({ data: dataTable(rows), codebook }, sink);

    expect(summary).toEqual({ dataRows: 2 });
    const workbook = await readBack(sink);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Svar', 'Kodebok']);
    const data = workbook.getWorksheet('Svar')!;
    expect(data.rowCount).toBe(3);
    expect(rowValues(data, 1)).toEqual(['kommunenummer', 'alder', 'q1', 'kommentar']);
    expect(rowValues(data, 2)).toEqual(['0301', 19, 4, 'Godt tilbud i Bodø, Tromsø og Kárášjohka']);
    expect(rowValues(data, 3)).toEqual(['1804', 23]);
    expect(data.getCell('C3').type).toBe(ValueType.Null);
    expect(rowValues(workbook.getWorksheet('Kodebok')!, 3)).toEqual(['q1', 5, 'Helt enig']);
  });

  it('freezes the header row and sets the column widths', async () => {
    const sink = new MemorySink();

    await writeXlsxStream({ data: dataTable([['0301', 19, 4, null]]) }, sink);

    const data = (await readBack(sink)).getWorksheet('Svar')!;
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getColumn(4).width).toBe(40);
    expect(data.getColumn(1).width).toBe('kommunenummer'.length + 2);
  });

  it('stores text that looks like a formula as text, never as a formula', async () => {
    const sink = new MemorySink();
    const dangerous = ['=1+1', '+47 22 00 00 00', '-2', '@SUM(A1:A2)', '\t=HYPERLINK("http://x")', '\r=1'];

    await writeXlsxStream({ data: dataTable(dangerous.map((text) => ['0301', 30, 1, text])) }, sink);

    const data = (await readBack(sink)).getWorksheet('Svar')!;
    dangerous.forEach((text, index) => {
      const cell = data.getCell(index + 2, 4);
      expect(cell.type).toBe(ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text.replace('\r', '\n'));
    });
  });

  it('refuses a value that is not a number, text, date or blank, so a formula object cannot get through', async () => {
    const sink = new MemorySink();
    const smuggled = [['0301', 30, { formula: '1+1' }, null]] as unknown as RawRow[];

    await expect(writeXlsxStream({ data: dataTable(smuggled) }, sink)).rejects.toThrow(TypeError);
    expect(sink.destroyed).toBe(true);
  });

  it('reads rows from an async source one at a time and keeps dates as dates', async () => {
    const sink = new MemorySink();
    const submitted = new Date(Date.UTC(2025, 2, 14));
    async function* rows(): AsyncGenerator<RawRow> {
      yield ['0301', 19, 1, null];
      await new Promise((resolve) => setImmediate(resolve));
      yield ['0301', 20, 2, submitted];
    }

    await writeXlsxStream({ data: dataTable(rows()) }, sink);

    const data = (await readBack(sink)).getWorksheet('Svar')!;
    expect(data.getCell('D3').value).toEqual(submitted);
  });

  it('stops pulling rows while the client does not read, and finishes once it does', async () => {
    const sink = new StalledSink();
    const source = countedRows(manyRows(60_000));

    const writing = writeXlsxStream({ data: { name: 'Svar', columns: wideColumns, rows: source.rows } }, sink);
    const pulledWhileStalled = await settledValue(source.pulled);
    sink.release();
    await writing;

    // The rows pulled fill the sheet's part stream (~0.5 MiB of XML), zlib, and archiver's 1 MiB
    // on each side (~2 MiB compressed): about 19,000 of these rows. exceljs's own part stream
    // would pull them all.
    expect(pulledWhileStalled).toBeLessThan(30_000);
    const data = (await readBack(sink)).getWorksheet('Svar')!;
    expect(data.rowCount).toBe(60_001);
    expect(rowValues(data, 60_001)).toEqual([...manyRows(60_000)].at(-1));
  });

  it('destroys the output instead of ending it when the source fails, so no truncated file looks complete', async () => {
    const sink = new MemorySink();
    let finished = false;
    sink.on('finish', () => (finished = true));
    async function* failing(): AsyncGenerator<RawRow> {
      yield ['0301', 19, 1, null];
      throw new Error('database connection lost');
    }

    await expect(writeXlsxStream({ data: dataTable(failing()) }, sink)).rejects.toThrow('database connection lost');
    expect(sink.destroyed).toBe(true);
    expect(finished).toBe(false);
  });

  it('refuses sheet names that Excel would refuse', async () => {
    await expect(writeXlsxStream({ data: { ...dataTable([]), name: 'Svar/2025' } }, new MemorySink())).rejects.toThrow(RangeError);
    await expect(writeXlsxStream({ data: dataTable([]), codebook: { ...codebook, name: 'SVAR' } }, new MemorySink())).rejects.toThrow('Sheet names must differ');
  });
});
