/**
 * (b) Incremental folding on top of 1,000,000 folded responses, seen through the statistics API:
 *
 * 1. 1,000 new responses (single-row INSERTs from a pg pool, each followed by
 *    AggregationTrigger.responsesArrived as a submission would): time until the API counts them.
 * 2. 500 submissions per second for `--seconds`: how stale the API's figures get (now minus the
 *    commit time of the oldest response it does not count yet), polled every 100 ms.
 *
 * The worker runs as its own process (apps/worker/src/main.ts); the API in this one.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/aggregation/incremental.ts [--seconds 30] [--rate 500]
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { runCli } from '../../apps/api/src/cli';
import { benchApi, benchStudy, machineLine, percentile, query } from './bench-database';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '30' }, rate: { type: 'string', default: '500' } } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const study = await benchStudy('stemme_bench_aggregation', 1_000_000);
  const prefix = `stemme-bench-${randomBytes(3).toString('hex')}`;
  const config = { ...study.config, redis: { ...study.config.redis, queuePrefix: prefix } };
  const worker = fork(path.join(__dirname, '../../apps/worker/src/main.ts'), [], {
    execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    env: { ...process.env, DATABASE_URL: study.databaseUrl, QUEUE_PREFIX: prefix, WORKER_HEALTH_PORT: String(40000 + Math.floor(Math.random() * 10000)), LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: 'inherit',
  });
  const api = await benchApi(config);
  const pool = new Pool({ connectionString: study.databaseUrl, max: 10 });
  const lines: string[] = [];
  try {
    const [{ template }] = await query<{ template: string }>(study.databaseUrl, `SELECT "answers"::text AS "template" FROM "response" WHERE "study_id" = $1 LIMIT 1`, [study.studyId]);
    const places = await query<{ m: string; c: string }>(study.databaseUrl, `SELECT "code" AS "m", "county_code" AS "c" FROM "municipality" ORDER BY random() LIMIT 50`);
    const counted = async (): Promise<number> => {
      const response = await api.get(`/api/studies/${study.studyId}/results?question=q24_satisfied_overall&breakdown=national`);
      return (response.body as { freshness: { responsesCounted: number } }).freshness.responsesCounted;
    };
    const submit = async (index: number): Promise<number> => {
      const place = places[index % places.length];
      await pool.query(
        `INSERT INTO "response" ("study_id", "questionnaire_version_id", "submission_id", "municipality_code", "county_code", "age_band", "submitted_on", "answers")
         VALUES ($1, $2, gen_random_uuid(), $3, $4, $5, current_date, $6::integer[])`,
        [study.studyId, study.versionId, place.m, place.c, index % 7, template],
      );
      const committed = Date.now();
      await api.trigger.responsesArrived(study.studyId);
      return committed;
    };

    // Let the worker start and fold whatever is pending.
    let before = await counted();
    for (let waited = 0; waited < 60_000; waited += 500) {
      await sleep(500);
      const now = await counted();
      if (now === before && waited >= 3000) break;
      before = now;
    }

    // 1. 1,000 new responses.
    const started = Date.now();
    const commits: number[] = [];
    for (let batch = 0; batch < 100; batch++) commits.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => submit(batch * 10 + i)))));
    const lastCommit = Math.max(...commits);
    let seenAt = 0;
    for (;;) {
      if ((await counted()) >= before + 1000) {
        seenAt = Date.now();
        break;
      }
      if (Date.now() - lastCommit > 30_000) throw new Error('the 1,000 responses were not counted within 30 s');
      await sleep(20);
    }
    lines.push(`  1,000 new responses on ${before}: submitted in ${((lastCommit - started) / 1000).toFixed(2)} s; counted by the API ${((seenAt - lastCommit) / 1000).toFixed(2)} s after the last commit`);

    // 2. A steady stream of submissions.
    const rate = Number(values.rate);
    const seconds = Number(values.seconds);
    const base = await counted();
    const commitTimes: number[] = [];
    const staleness: number[] = [];
    let streaming = true;
    const stream = (async () => {
      const total = rate * seconds;
      const begin = Date.now();
      const inFlight = new Set<Promise<void>>();
      for (let i = 0; i < total; i++) {
        const due = begin + (i * 1000) / rate;
        if (due > Date.now()) await sleep(due - Date.now());
        const sent = submit(2000 + i).then((committed) => void commitTimes.push(committed));
        inFlight.add(sent);
        void sent.finally(() => inFlight.delete(sent));
        if (inFlight.size >= 50) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      streaming = false;
    })();
    while (streaming) {
      const polled = Date.now();
      const visible = (await counted()) - base;
      const sorted = [...commitTimes].sort((a, b) => a - b);
      const oldestUncounted = sorted[visible];
      staleness.push(oldestUncounted === undefined ? 0 : polled - oldestUncounted);
      await sleep(100);
    }
    await stream;
    const achieved = commitTimes.length / ((Math.max(...commitTimes) - Math.min(...commitTimes)) / 1000);
    lines.push(
      `  ${commitTimes.length} submissions at ${achieved.toFixed(0)}/s for ${seconds} s: staleness p50 ${percentile(staleness, 50)} ms, p99 ${percentile(staleness, 99)} ms, max ${Math.max(...staleness)} ms (${staleness.length} polls)`,
    );
  } finally {
    await pool.end();
    await api.close();
    worker.kill('SIGTERM');
    // Back to the million the other benchmarks expect, with the cube to match.
    await query(study.databaseUrl, `DELETE FROM "response" WHERE "id" > (SELECT min("id") + 999999 FROM "response")`);
    await runCli(['aggregation:rebuild', '--study', study.studyId], study.config, () => undefined);
  }
  console.log('');
  console.log('Aggregation benchmark (b): incremental folds, seen through the statistics API');
  console.log(`machine: ${machineLine()}`);
  for (const line of lines) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
