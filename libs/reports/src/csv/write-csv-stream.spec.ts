import { countedRows, MemorySink, settledValue, StalledSink } from '../testing/streams';
import type { RawRow } from '../tabular/table';
import { writeCsvStream } from './write-csv-stream';

const columns = [{ header: 'kommune' }, { header: 'snitt' }, { header: 'kommentar' }];

async function csvOf(rows: RawRow[], separator: ';' | ',', decimalSeparator?: '.' | ','): Promise<Buffer> {
  const sink = new MemorySink();
  await writeCsvStream({ columns, rows }, sink, { separator, decimalSeparator });
  return sink.contents;
}

describe('writeCsvStream', () => {
  it('starts with a UTF-8 byte order mark so that Excel reads æøå and Sami letters', async () => {
    const bytes = await csvOf([['Kárášjohka', 3, 'Godt å bli hørt']], ';');

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('kommune;snitt;kommentar\r\nKárášjohka;3;Godt å bli hørt\r\n');
  });

  it('writes decimal commas with semicolons, as Norwegian Excel expects, and decimal points with commas', async () => {
    expect((await csvOf([['Oslo', 3.75, null]], ';')).toString('utf8')).toContain('Oslo;3,75;\r\n');
    expect((await csvOf([['Oslo', 3.75, null]], ',')).toString('utf8')).toContain('Oslo,3.75,\r\n');
  });

  it('quotes fields with a separator, a quote or a line break and doubles the quotes (RFC 4180)', async () => {
    const text = (await csvOf([['Bodø; Salten', 1, 'Han sa "takk",\r\nog gikk']], ';')).toString('utf8');

    expect(text).toContain('"Bodø; Salten";1;"Han sa ""takk"",\r\nog gikk"\r\n');
  });

  it('prefixes an apostrophe to text that a spreadsheet would take for a formula, but not to numbers', async () => {
    const text = (await csvOf([['=HYPERLINK("http://x")', -2, '@SUM(A1)'], ['+47', 1, '\t=1']], ';')).toString('utf8');

    expect(text).toContain(`"'=HYPERLINK(""http://x"")";-2;'@SUM(A1)\r\n`);
    expect(text).toContain(`'+47;1;'\t=1\r\n`);
  });

  it('refuses the same character as field and decimal separator', async () => {
    await expect(csvOf([], ',', ',')).rejects.toThrow(RangeError);
  });

  it('stops pulling rows while the client does not read, and finishes once it does', async () => {
    const sink = new StalledSink();
    const source = countedRows((function* () {
      for (let i = 0; i < 200_000; i++) yield ['Oslo', i, 'svar'] as RawRow;
    })());

    const writing = writeCsvStream({ columns, rows: source.rows }, sink, { separator: ';' });
    const pulledWhileStalled = await settledValue(source.pulled);
    sink.release();
    const summary = await writing;

    expect(pulledWhileStalled).toBeLessThan(20_000);
    expect(summary.rows).toBe(200_000);
    expect(sink.contents.toString('utf8').split('\r\n')).toHaveLength(200_002);
  });

  it('destroys the output instead of ending it when the source fails', async () => {
    const sink = new MemorySink();
    async function* failing(): AsyncGenerator<RawRow> {
      yield ['Oslo', 1, null];
      throw new Error('database connection lost');
    }

    await expect(writeCsvStream({ columns, rows: failing() }, sink, { separator: ';' })).rejects.toThrow('database connection lost');
    expect(sink.destroyed).toBe(true);
    expect(sink.writableFinished).toBe(false);
  });
});
