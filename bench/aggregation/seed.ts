/**
 * Loading synthetic responses: `seed:responses` into a fresh database, timed (COPY, then the cube
 * rebuilt). Drops its database afterwards.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/aggregation/seed.ts [--responses 1000000] [--streams 2]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { runCli } from '../../apps/api/src/cli';
import { BENCH_SERVER, benchStudy, machineLine, query } from './bench-database';

const { values } = parseArgs({ options: { responses: { type: 'string', default: '1000000' }, streams: { type: 'string', default: '2' } } });

async function main(): Promise<void> {
  const name = `stemme_bench_seed_${process.pid}`;
  try {
    const study = await benchStudy(name, 0);
    const lines: string[] = [];
    const started = performance.now();
    const code = await runCli(['seed:responses', '--study', study.studyId, '--count', values.responses!, '--streams', values.streams!], study.config, (line) => lines.push(line));
    if (code !== 0) throw new Error(`seed:responses failed with ${code}`);
    console.log('');
    console.log(`seed:responses --count ${values.responses} --streams ${values.streams}: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
    console.log(`machine: ${machineLine()}`);
    for (const line of lines) console.log(`  ${line}`);
  } finally {
    await query(`${BENCH_SERVER}/postgres`, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
