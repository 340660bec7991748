import { once } from 'node:events';
import { SheetPartStream } from './sheet-part-stream';

// 'data' events show the chunks as pushed; an async iterator would join what is buffered.
async function drain(part: SheetPartStream): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  part.on('data', (chunk: Buffer) => chunks.push(chunk));
  await once(part, 'end');
  return chunks;
}

describe('SheetPartStream', () => {
  it('gathers row-sized writes into chunks of at most 64 KiB, keeping every byte in order', async () => {
    const part = new SheetPartStream();
    const rows = Array.from({ length: 2_000 }, (_, index) => `<row r="${index + 1}"><c><v>Tromsø ${index}</v></c></row>`);
    const reading = drain(part);

    for (const row of rows) part.write(row);
    part.end();
    const chunks = await reading;

    expect(Buffer.concat(chunks).toString('utf8')).toBe(rows.join(''));
    expect(chunks.length).toBeLessThan(rows.length / 10);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThanOrEqual(64 * 1024);
  });

  it("copies exceljs's reusable string buffer when it is written, not when it is read", async () => {
    const part = new SheetPartStream();
    const reused = { bytes: Buffer.from('<sheetData>'), toBuffer(): Buffer { return Buffer.from(this.bytes); } };
    const reading = drain(part);

    part.write(reused);
    reused.bytes = Buffer.from('</sheetData>');
    part.write(reused);
    part.end();

    expect(Buffer.concat(await reading).toString('utf8')).toBe('<sheetData></sheetData>');
  });

  it('asks the writer to wait once a few hundred kilobytes are waiting for the zip', () => {
    const part = new SheetPartStream();
    const row = 'x'.repeat(1_000);
    let accepted = 0;
    while (part.write(row)) accepted++;

    expect(part.writableNeedDrain).toBe(true);
    expect(accepted * row.length).toBeLessThan(1024 * 1024);
  });
});
