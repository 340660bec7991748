import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type * as ArchiverModule from 'archiver' with { 'resolution-mode': 'import' };

// archiver 8 is an ES module. Node 20.19+ loads it with require(); TypeScript's node16 module
// setting refuses to `import` it into CommonJS, so it is required here with its types. Under jest
// (whose module registry cannot load ES modules) @swc/jest compiles it and its ES dependencies
// to CommonJS: see transformIgnorePatterns in jest.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ZipArchive } = require('archiver') as typeof ArchiverModule;

/**
 * A zip written to `output` as entries are added, one entry at a time: `add` resolves once the
 * archive has taken the entry in, so at most one entry waits in memory. Entries that are already
 * compressed (xlsx, png) are stored as they are rather than deflated again.
 */
export class ZipOutput {
  private readonly archive: ArchiverModule.ZipArchive;
  private failure: Error | undefined;
  private readonly failed: Promise<never>;

  constructor(private readonly output: Writable) {
    this.archive = new ZipArchive({ zlib: { level: 6 } });
    let reject: (error: Error) => void = () => undefined;
    this.failed = new Promise<never>((_, fail) => (reject = fail));
    this.failed.catch(() => undefined);
    const fail = (error: Error) => {
      this.failure ??= error;
      reject(error);
    };
    this.archive.on('error', fail);
    this.archive.on('warning', fail);
    output.on('error', fail);
    this.archive.pipe(output);
  }

  async add(name: string, data: Buffer | string | Readable, options: { store?: boolean } = {}): Promise<void> {
    if (this.failure) throw this.failure;
    const taken = once(this.archive, 'entry');
    this.archive.append(data, { name, store: options.store ?? false, date: new Date() });
    await Promise.race([taken, this.failed]);
  }

  /** Writes the zip's directory and waits until the output has everything. */
  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    const closed = once(this.output, 'close');
    await Promise.race([this.archive.finalize(), this.failed]);
    await Promise.race([closed, this.failed]);
  }

  /** Stops the zip and destroys the output, so that nothing takes a partial file for complete. */
  abort(): void {
    this.archive.unpipe(this.output);
    this.archive.abort();
    this.output.destroy();
  }
}
