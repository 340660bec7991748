import JSZip from 'jszip';
import { PassThrough } from 'node:stream';
import { MemorySink } from '../../../reports/src/testing/streams';
import { ZipOutput } from './zip-output';

describe('ZipOutput', () => {
  it('writes entries one at a time into a zip that another reader opens, stored or deflated as asked', async () => {
    const sink = new MemorySink();
    const zip = new ZipOutput(sink);
    await zip.add('rapport.xlsx', Buffer.alloc(50_000, 7), { store: true });
    const stream = new PassThrough();
    const streamed = zip.add('svar.csv', stream);
    stream.end('kommune;svar\r\nBodø;3\r\n');
    await streamed;
    await zip.add('LESMEG.txt', 'Hei');
    await zip.finish();

    const read = await JSZip.loadAsync(sink.contents);
    expect(Object.keys(read.files)).toEqual(['rapport.xlsx', 'svar.csv', 'LESMEG.txt']);
    expect((await read.file('svar.csv')!.async('string'))).toBe('kommune;svar\r\nBodø;3\r\n');
    expect((await read.file('rapport.xlsx')!.async('nodebuffer')).length).toBe(50_000);
    expect(sink.contents.length).toBeGreaterThan(50_000);
  });

  it('destroys the output when aborted, so a partial zip is never taken for whole', async () => {
    const sink = new MemorySink();
    const zip = new ZipOutput(sink);
    await zip.add('a.txt', 'a');
    zip.abort();
    expect(sink.destroyed).toBe(true);
    expect(sink.writableFinished).toBe(false);
  });
});
