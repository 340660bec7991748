/**
 * Raw data export benchmark: the same synthetic answers written by a bare exceljs
 * WorkbookWriter and by writeXlsxStream, each in its own child process so that peak RSS
 * (VmHWM) is that variant's alone.
 *
 *   npx ts-node --transpile-only bench/exports/raw-xlsx.ts --rows 1000000 --cols 40 [--runs 3] [--verify]
 *
 * --runs repeats the pair, alternating which variant goes first, and prints the median ratio;
 * --verify reads every file back with another program (Python) and compares with the generator.
 */
import { fork } from 'node:child_process';
import { statSync, unlinkSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { peakRssBytes } from './peak-rss';
import { digestFirstSheet, type SheetDigest } from './read-back';
import { syntheticRows } from './synthetic-rows';
import { variants, type VariantName } from './variants';

interface VariantResult {
  variant: VariantName;
  run?: number;
  seconds: number;
  startRssBytes: number;
  peakRssBytes: number;
  fileBytes: number;
  digest?: SheetDigest;
}

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    cols: { type: 'string', default: '40' },
    runs: { type: 'string', default: '1' },
    verify: { type: 'boolean', default: false },
    child: { type: 'string' },
    file: { type: 'string' },
  },
});
const rows = Number(values.rows);
const columns = Number(values.cols);

async function runChild(variant: VariantName, file: string): Promise<void> {
  const startRssBytes = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  await variants[variant]({ rows, columns, file });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const result: VariantResult = { variant, seconds, startRssBytes, peakRssBytes: peakRssBytes(), fileBytes: statSync(file).size };
  process.send?.(result);
}

function spawnVariant(variant: VariantName, file: string): Promise<VariantResult> {
  return new Promise((resolve, reject) => {
    const args = ['--child', variant, '--file', file, '--rows', String(rows), '--cols', String(columns)];
    const child = fork(__filename, args, { execArgv: ['-r', 'ts-node/register/transpile-only'] });
    let result: VariantResult | undefined;
    child.on('message', (message) => (result = message as VariantResult));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${variant} exited with ${code}`))));
  });
}

function expectedDigest(): SheetDigest {
  const digest: SheetDigest = { rows: 0, sum: 0, blanks: 0, formulas: 0 };
  for (const row of syntheticRows(rows, columns)) {
    digest.rows++;
    for (const value of row) {
      if (value === null) digest.blanks++;
      else digest.sum += value;
    }
  }
  return digest;
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

async function measure(variant: VariantName, run: number): Promise<VariantResult> {
  const file = join(tmpdir(), `stemme-bench-${process.pid}-${variant}.xlsx`);
  try {
    const result = { ...(await spawnVariant(variant, file)), run };
    if (values.verify) result.digest = await digestFirstSheet(file, columns);
    return result;
  } finally {
    unlinkSync(file);
  }
}

function printResults(results: readonly VariantResult[]): void {
  console.log('run  variant   wall s  peak RSS MB  RSS at start MB  file MB  read back (rows / sum / blanks / formulas)');
  for (const r of results) {
    const digest = r.digest ? `${r.digest.rows} / ${r.digest.sum} / ${r.digest.blanks} / ${r.digest.formulas}` : '-';
    console.log(`${String(r.run).padStart(3)}  ${r.variant.padEnd(8)} ${r.seconds.toFixed(1).padStart(7)} ${mb(r.peakRssBytes).padStart(12)} ${mb(r.startRssBytes).padStart(16)} ${(r.fileBytes / 2 ** 20).toFixed(1).padStart(8)}  ${digest}`);
  }
  if (values.verify) {
    const expected = expectedDigest();
    console.log(`expected from the generator:${' '.repeat(36)}${expected.rows} / ${expected.sum} / ${expected.blanks} / 0`);
  }
}

async function main(): Promise<void> {
  if (values.child) return runChild(values.child as VariantName, values.file as string);
  console.log(`Raw data export (xlsx): ${rows} rows × ${columns} columns, Node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model.trim()})`);
  const results: VariantResult[] = [];
  const ratios: number[] = [];
  for (let run = 1; run <= Number(values.runs); run++) {
    const order: VariantName[] = run % 2 === 1 ? ['bare', 'bounded'] : ['bounded', 'bare'];
    const pair: Partial<Record<VariantName, VariantResult>> = {};
    for (const variant of order) results.push((pair[variant] = await measure(variant, run)));
    ratios.push(pair.bounded!.seconds / pair.bare!.seconds);
  }
  printResults(results);
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)];
  console.log(`time bounded / bare per run: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}; median ${median.toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
