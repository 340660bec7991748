import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * The entries of a zip, read by Python's zipfile (through the central directory, as Excel and
 * unzip do): name and size, and the files extracted to `into` when given.
 */
export async function zipEntries(file: string, into?: string): Promise<{ name: string; size: number }[]> {
  const script = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    if archive.testzip() is not None: raise SystemExit('corrupt entry')
    if len(sys.argv) > 2: archive.extractall(sys.argv[2])
    print(json.dumps([{"name": info.filename, "size": info.file_size} for info in archive.infolist()]))`;
  const { stdout } = await promisify(execFile)('python3', ['-c', script, file, ...(into ? [into] : [])], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}
