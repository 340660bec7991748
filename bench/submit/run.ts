/**
 * Respondent submissions under load: the JSON API against bare INSERTs, in one run.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/submit/run.ts [--seconds 30] [--connections 50] [--profile]
 *     [--api-node-flags "--max-semi-space-size=32"]
 *
 * Makes a fresh database, starts the API in a process of its own (bench/submit/api-server.ts) with
 * the demo questionnaire published and a study-wide link, warms it up, then autocannon posts
 * complete, valid responses (each with a new submissionId) at `connections` at a time. Then, with
 * the API stopped, as many callers do bare single-row INSERTs straight through pg (the floor): once
 * with a connection each, once over a pool as large as the API's. Prints all three and the ratios,
 * and the CPU each process spent per submission. --profile writes a CPU profile of the API process to
 * test-artifacts/bench/. Needs PostgreSQL and Redis as the tests do (DATABASE_URL, REDIS_URL).
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { osloDate } from '@stemme/distribution';
import { buildDataSourceOptions, loadConfig } from '@stemme/platform';
import { answerSets } from './answers';
import { machineCpuMs, processCpuMs, processesCpuMs } from './cpu';
import { measureFloor } from './floor';

interface Options {
  seconds: number;
  connections: number;
  warmupSeconds: number;
  profile: boolean;
  /** Extra flags for the API's node process, e.g. --max-semi-space-size=32. */
  apiNodeFlags: string[];
}

function options(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  const flags = argv.indexOf('--api-node-flags');
  return {
    seconds: value('seconds', 30),
    connections: value('connections', 50),
    warmupSeconds: value('warmup', 5),
    profile: argv.includes('--profile'),
    apiNodeFlags: flags >= 0 ? argv[flags + 1].split(/\s+/).filter(Boolean) : [],
  };
}

const ROOT = resolve(__dirname, '../..');
/** The API's pool size (libs/platform/src/database/data-source-options.ts). */
const APP_POOL_SIZE = 10;

async function withServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function freshDatabase(serverUrl: string): Promise<string> {
  const name = `stemme_bench_${Date.now()}`;
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const dataSource = new DataSource(buildDataSourceOptions(`${serverUrl}/${name}`));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  return name;
}

interface Ready {
  port: number;
  token: string;
  studyId: string;
  versionId: string;
  linkId: string;
}

function startApi(databaseUrl: string, opts: Options): Promise<{ child: ChildProcess; ready: Ready }> {
  const profiling = opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(ROOT, 'test-artifacts/bench')}`] : [];
  const child = spawn(
    process.execPath,
    [...profiling, ...opts.apiNodeFlags, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', resolve(__dirname, 'api-server.ts'), databaseUrl, `stemme-bench-${Date.now()}`],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TS_NODE_PROJECT: resolve(ROOT, 'tsconfig.json') } },
  );
  return new Promise((resolvePromise, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = /READY (.*)\n/.exec(output);
      if (line) resolvePromise({ child, ready: JSON.parse(line[1]) });
    });
    child.on('exit', (code) => reject(new Error(`The API stopped (${code}) before it was ready:\n${output}`)));
  });
}

function load(url: string, seconds: number, connections: number, bodies: string[]): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: `{"submissionId":"${randomUUID()}",${bodies[next++ % bodies.length]}` }),
      },
    ],
  });
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const config = loadConfig(process.env);
  const serverUrl = config.database.url.replace(/\/[^/]*$/, '');
  const name = await freshDatabase(serverUrl);
  const databaseUrl = `${serverUrl}/${name}`;
  const today = osloDate();
  const answers = answerSets(500, today);
  const bodies = answers.map((set) => `"language":"nb","answers":${JSON.stringify(set)}}`);
  let api: ChildProcess | undefined;
  try {
    const started = await startApi(databaseUrl, opts);
    api = started.child;
    const url = `http://127.0.0.1:${started.ready.port}/api/s/${started.ready.token}/responses`;
    console.log(`API ready on a fresh database (${name}); warming up for ${opts.warmupSeconds} s`);
    await load(url, opts.warmupSeconds, opts.connections, bodies);
    await new Promise((done) => setTimeout(done, 500));
    const counter = new Client({ connectionString: databaseUrl });
    await counter.connect();
    const countRows = async () => Number((await counter.query(`SELECT count(*) AS n FROM "response"`)).rows[0].n);
    const rowsBefore = await countRows();

    console.log(`Posting responses through the JSON API: ${opts.connections} connections, ${opts.seconds} s`);
    // PostgreSQL's share: the backends serving this database only (the server may be busy with others).
    const backends = async () => (await counter.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [name])).rows.map((row: { pid: number }) => row.pid);
    const cpuBefore = { api: processCpuMs(api.pid!), postgres: processesCpuMs(await backends()), load: process.cpuUsage(), machine: machineCpuMs() };
    const result = await load(url, opts.seconds, opts.connections, bodies);
    const loadCpu = process.cpuUsage(cpuBefore.load);
    const machine = machineCpuMs();
    const cpu = {
      api: processCpuMs(api.pid!) - cpuBefore.api,
      postgres: [...processesCpuMs(await backends())].reduce((sum, [pid, ms]) => sum + ms - (cpuBefore.postgres.get(pid) ?? 0), 0),
      loadGenerator: (loadCpu.user + loadCpu.system) / 1000,
      machineBusy: machine.busy - cpuBefore.machine.busy,
      machineTotal: machine.total - cpuBefore.machine.total,
    };
    await new Promise((done) => setTimeout(done, 500));
    const stored = (await countRows()) - rowsBefore;
    await counter.end();
    api.kill('SIGTERM');
    await new Promise((done) => api!.once('exit', done));
    api = undefined;

    console.log(`Bare INSERTs through pg: ${opts.connections} at a time, one connection each, ${opts.seconds} s`);
    const floorBackends = new Client({ connectionString: databaseUrl });
    await floorBackends.connect();
    const floorPids = async () => (await floorBackends.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name])).rows.map((row: { pid: number }) => row.pid);
    let floorStart = new Map<number, number>();
    let floorEnd = new Map<number, number>();
    const floor = await measureFloor({
      databaseUrl,
      connections: opts.connections,
      seconds: opts.seconds,
      ids: started.ready,
      answers,
      today,
      onStart: async () => void (floorStart = processesCpuMs(await floorPids())),
      onEnd: async () => void (floorEnd = processesCpuMs(await floorPids())),
    });
    await floorBackends.end();
    floor.probed = [...floorEnd].reduce((sum, [pid, ms]) => sum + ms - (floorStart.get(pid) ?? 0), 0);
    const floorPostgresMs = floor.probed / floor.inserts;
    console.log(`Bare INSERTs through pg: ${opts.connections} at a time over a pool of ${APP_POOL_SIZE} (as the API's), ${opts.seconds} s`);
    const pooledFloor = await measureFloor({ databaseUrl, connections: opts.connections, poolSize: APP_POOL_SIZE, seconds: opts.seconds, ids: started.ready, answers, today });

    const ok = result['2xx'];
    const perSecond = ok / opts.seconds;
    const errors = result.non2xx + result.errors + result.timeouts;
    const summary = {
      api: { submissions: ok, stored, perSecond: Math.round(perSecond), p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, errors },
      floor: { inserts: floor.inserts, perSecond: Math.round(floor.perSecond), p50: round(floor.p50), p99: round(floor.p99), postgresCpuMs: round(floorPostgresMs) },
      ratio: round(perSecond / floor.perSecond),
      pooledFloor: { inserts: pooledFloor.inserts, perSecond: Math.round(pooledFloor.perSecond), p50: round(pooledFloor.p50), p99: round(pooledFloor.p99) },
      pooledRatio: round(perSecond / pooledFloor.perSecond),
      cpuMsPerSubmission: {
        api: round(cpu.api / ok),
        postgres: round(cpu.postgres / ok),
        loadGenerator: round(cpu.loadGenerator / ok),
        machineBusyPercent: Math.round((cpu.machineBusy / cpu.machineTotal) * 100),
      },
    };
    console.log('');
    console.log(`  JSON API      ${summary.api.perSecond} submissions/s   p50 ${summary.api.p50} ms   p99 ${summary.api.p99} ms   errors ${errors}   (rows stored: ${stored})`);
    console.log(`  bare INSERTs  ${summary.floor.perSecond} rows/s          p50 ${summary.floor.p50} ms   p99 ${summary.floor.p99} ms   (${opts.connections} connections; PostgreSQL ${summary.floor.postgresCpuMs} ms CPU a row)`);
    console.log(`  bare INSERTs  ${summary.pooledFloor.perSecond} rows/s          p50 ${summary.pooledFloor.p50} ms   p99 ${summary.pooledFloor.p99} ms   (pool of ${APP_POOL_SIZE})`);
    console.log(`  ratio         ${summary.ratio} of the floor (${summary.pooledRatio} of the pooled floor)`);
    const perSubmission = summary.cpuMsPerSubmission;
    console.log(`  CPU per submission: API ${perSubmission.api} ms, PostgreSQL ${perSubmission.postgres} ms, load generator ${perSubmission.loadGenerator} ms (machine ${perSubmission.machineBusyPercent}% busy, all processes)`);
    console.log('');
    console.log(JSON.stringify(summary));
    // Requests still on their way when the time is up are stored but not counted by autocannon.
    if (stored < ok || stored > ok + opts.connections) throw new Error(`${ok} submissions were acknowledged but ${stored} rows stored`);
  } finally {
    if (api) api.kill('SIGTERM');
    await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
