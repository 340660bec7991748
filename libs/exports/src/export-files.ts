import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** Export files live in `<data dir>/exports`, named by export id; a file being written ends in `.part`. */
export const EXPORTS_FOLDER = 'exports';
const PART = '.part';

export class ExportFiles {
  constructor(private readonly dataDir: string) {}

  get folder(): string {
    return resolve(this.dataDir, EXPORTS_FOLDER);
  }

  /** A fresh temporary path for an export's file (a retry never writes into the previous attempt's). */
  async temporaryPath(exportId: string): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    return join(this.folder, `${exportId}.${randomBytes(4).toString('hex')}${PART}`);
  }

  /** Gives the finished file its final name; answers its path relative to the data directory and its size. */
  async complete(temporary: string, exportId: string, extension: string): Promise<{ filePath: string; fileSize: number }> {
    const final = join(this.folder, `${exportId}.${extension}`);
    await rename(temporary, final);
    return { filePath: relative(resolve(this.dataDir), final), fileSize: (await stat(final)).size };
  }

  /** The absolute path of a stored export file; refuses paths that lead out of the exports folder. */
  absolute(filePath: string): string {
    const path = resolve(this.dataDir, filePath);
    if (!path.startsWith(this.folder + sep)) throw new Error(`Export file path ${filePath} is outside the exports folder`);
    return path;
  }

  async remove(path: string): Promise<void> {
    await unlink(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** Temporary files older than `age` ms: left by a worker that died while writing. */
  async staleParts(ageMs: number): Promise<string[]> {
    return (await this.olderThan(ageMs)).filter((file) => file.name.endsWith(PART)).map((file) => file.path);
  }

  /** Finished files older than `age` ms, with the export id their name begins with. */
  async finishedFiles(ageMs: number): Promise<{ exportId: string; path: string }[]> {
    return (await this.olderThan(ageMs)).filter((file) => !file.name.endsWith(PART)).map((file) => ({ exportId: file.name.split('.')[0], path: file.path }));
  }

  private async olderThan(ageMs: number): Promise<{ name: string; path: string }[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const old: { name: string; path: string }[] = [];
    for (const name of names) {
      const info = await stat(join(this.folder, name)).catch(() => null);
      if (info?.isFile() && Date.now() - info.mtimeMs > ageMs) old.push({ name, path: join(this.folder, name) });
    }
    return old;
  }
}
