/**
 * Export jobs end to end, from PostgreSQL to the finished file: the run-export job's work
 * (`ExportRunner.make`, the export row), each kind in its own child process so that its peak RSS
 * (VmHWM) is its own. The chart threads run inside that process and are counted in it.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/exports/export-jobs.ts \
 *     [--responses 1000000] [--kinds raw_data,bare,municipality_reports,results_workbook] [--verify]
 *
 * or compiled, as the worker runs in production (no TypeScript compiler in the process or in the
 * chart threads: about 100 MB less per process, and faster threads):
 *
 *   ./node_modules/.bin/tsc -p bench/exports/tsconfig.json && ./node_modules/.bin/tsc-alias -p bench/exports/tsconfig.json \
 *     && cp bench/exports/xlsx_digest.py dist/bench-build/bench/exports/ && node dist/bench-build/bench/exports/export-jobs.js [options]
 *
 * - raw_data: one row per response (xlsx, data and codebook), streamed from a cursor;
 * - bare: exceljs's streaming WorkbookWriter as its README shows it, writing exactly the same cells
 *   (replayed from a dump made before its clock starts, so it does not read PostgreSQL);
 * - municipality_reports: a workbook with 44 charts per municipality and pool, in one zip;
 * - results_workbook: the study's 44 questions by county, municipality and age band, 88 charts.
 *
 * Uses the database `stemme_bench_exports` on the local PostgreSQL (made and seeded with the
 * `seed:responses` command on the first run, kept afterwards). --verify reads the raw data file and
 * the bare one back with Python (bench/exports/xlsx_digest.py) and compares them with the database.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, withConfig } from '@stemme/platform';
import { benchStudy, machineLine, query } from '../aggregation/bench-database';
import { dumpRawCells, rawPlanOf, writeBare } from './bare-replay';
import { exportContext, runExport } from './export-context';
import { peakRssBytes } from './peak-rss';
import { digestFirstSheet, type SheetDigest } from './read-back';

const DATABASE = 'stemme_bench_exports';
const KINDS = ['raw_data', 'bare', 'municipality_reports', 'results_workbook'] as const;
type BenchKind = (typeof KINDS)[number];

interface KindResult {
  kind: BenchKind;
  seconds: number;
  peakRssBytes: number;
  fileBytes: number;
  file: string;
  detail: string;
  columns?: number;
}

const { values } = parseArgs({
  options: {
    responses: { type: 'string', default: '1000000' },
    kinds: { type: 'string', default: KINDS.join(',') },
    verify: { type: 'boolean', default: false },
    child: { type: 'string' },
    study: { type: 'string' },
  },
});
const dataDir = join(tmpdir(), 'stemme-bench-exports');
const config = withConfig(loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', DATA_DIR: dataDir }), { database: { url: `postgres://postgres@127.0.0.1:5432/${DATABASE}` } });

async function runChild(kind: BenchKind, studyId: string): Promise<void> {
  const app = await exportContext(config);
  let result: Omit<KindResult, 'kind'>;
  if (kind === 'bare') {
    const dump = join(dataDir, `bare-${process.pid}.f64`);
    const file = join(dataDir, `bare-${process.pid}.xlsx`);
    const { plan } = await rawPlanOf(app, studyId);
    const { width, textColumns } = await dumpRawCells(app, studyId, dump);
    const started = process.hrtime.bigint();
    const rows = await writeBare(plan, { file: dump, width, textColumns }, file);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rmSync(dump);
    result = { seconds, peakRssBytes: peakRssBytes(), fileBytes: statSync(file).size, file, detail: `${rows} rows × ${width} columns`, columns: width };
  } else {
    const started = process.hrtime.bigint();
    const run = await runExport(app, studyId, kind);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    result = { seconds, peakRssBytes: peakRssBytes(), fileBytes: run.fileSize, file: run.filePath, detail: run.stages[run.stages.length - 1] ?? '' };
    if (kind === 'raw_data') result.columns = (await rawPlanOf(app, studyId)).plan.columns.length;
  }
  await app.close();
  process.send?.({ kind, ...result });
}

function spawnKind(kind: BenchKind, studyId: string): Promise<KindResult> {
  return new Promise((resolve, reject) => {
    // Compiled (see the header), the children run plain JavaScript, as the worker does in production.
    const execArgv = __filename.endsWith('.ts') ? ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'] : [];
    const child = fork(__filename, ['--child', kind, '--study', studyId], { execArgv });
    let result: KindResult | undefined;
    child.on('message', (message) => (result = message as KindResult));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${kind} exited with ${code}`))));
  });
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

async function main(): Promise<void> {
  if (values.child) return runChild(values.child as BenchKind, values.study!);
  const study = await benchStudy(DATABASE, Number(values.responses));
  console.log(`Export jobs on ${study.responses} responses (${DATABASE}); ${machineLine()}`);
  rmSync(dataDir, { recursive: true, force: true });
  const results: KindResult[] = [];
  for (const kind of values.kinds.split(',') as BenchKind[]) {
    const result = await spawnKind(kind, study.studyId);
    results.push(result);
    console.log(`${kind.padEnd(21)} ${result.seconds.toFixed(1).padStart(7)} s  peak RSS ${mb(result.peakRssBytes).padStart(5)} MB  file ${mb(result.fileBytes).padStart(5)} MB  ${result.detail}`);
  }
  const raw = results.find((result) => result.kind === 'raw_data');
  const bare = results.find((result) => result.kind === 'bare');
  if (raw && bare) console.log(`raw data export / bare exceljs write of the same cells: ${(raw.seconds / bare.seconds).toFixed(2)} (time), ${(raw.peakRssBytes / bare.peakRssBytes).toFixed(2)} (peak RSS)`);
  if (values.verify && raw) {
    const [{ n }] = await query<{ n: string }>(study.databaseUrl, 'SELECT count(*) AS n FROM "response" WHERE "study_id" = $1', [study.studyId]);
    const digests: [string, SheetDigest][] = [['raw_data', await digestFirstSheet(raw.file, raw.columns!)]];
    if (bare) digests.push(['bare', await digestFirstSheet(bare.file, bare.columns!)]);
    for (const [kind, digest] of digests) console.log(`read back ${kind}: ${digest.rows} rows / sum ${digest.sum} / ${digest.blanks} blanks / ${digest.formulas} formulas (database: ${n} responses)`);
  }
  console.log(`load average after: ${machineLine()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
