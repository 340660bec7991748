/**
 * Builds apps/admin once per run when its build is missing or older than its sources. Test files
 * run in parallel workers, so a lock file makes one of them build while the others wait.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
export const ADMIN_DIST = join(ROOT, 'apps/admin/dist');
const SOURCES = ['apps/admin/src', 'apps/admin/index.html', 'apps/admin/vite.config.ts', 'apps/admin/public', 'libs/questionnaire/src'].map((path) => join(ROOT, path));
const LOCK = join(tmpdir(), `stemme-admin-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
const LOCK_STALE_MS = 120_000;

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

function isFresh(): boolean {
  const index = join(ADMIN_DIST, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= Math.max(...SOURCES.map(newestModification));
}

function takeLock(): boolean {
  try {
    closeSync(openSync(LOCK, 'wx'));
    return true;
  } catch {
    if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { force: true });
    return false;
  }
}

export async function ensureAdminBuilt(): Promise<void> {
  const deadline = Date.now() + LOCK_STALE_MS;
  while (!isFresh()) {
    if (takeLock()) {
      try {
        if (!isFresh()) {
          execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/admin/vite.config.ts', '--logLevel', 'warn'], {
            cwd: ROOT,
            stdio: 'pipe',
          });
        }
      } finally {
        rmSync(LOCK, { force: true });
      }
      return;
    }
    if (Date.now() > deadline) throw new Error('Waited too long for another test to build apps/admin');
    await new Promise((done) => setTimeout(done, 250));
  }
}
