import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AggregationPersistenceModule, AggregationTrigger } from '@stemme/aggregation';
import { AppConfig, ConfigModule, DatabaseModule, loadConfig, withConfig } from '@stemme/platform';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/bootstrap';
import { runCli } from '../../apps/api/src/cli';
import { DEMO_STUDY_NAME } from '../../apps/api/src/demo/seed-demo.command';

/** The benchmark's own database on the local server (never the demo's or a test's). */
export const BENCH_SERVER = 'postgres://postgres@127.0.0.1:5432';

export interface BenchStudy {
  config: AppConfig;
  databaseUrl: string;
  studyId: string;
  versionId: string;
  responses: number;
}

export async function query<T>(databaseUrl: string, sql: string, parameters: unknown[] = [], settings: { workMem?: string } = {}): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (settings.workMem) await client.query(`SELECT set_config('work_mem', $1, false)`, [settings.workMem]);
    return (await client.query(sql, parameters)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * A migrated database with the demo study holding at least `responses` synthetic responses
 * (seeded by the real `seed:responses` command, which also rebuilds the cube). Kept between runs.
 */
export async function benchStudy(databaseName: string, responses: number, log: (line: string) => void = console.log): Promise<BenchStudy> {
  const databaseUrl = `${BENCH_SERVER}/${databaseName}`;
  const exists = await query(`${BENCH_SERVER}/postgres`, 'SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
  if (exists.length === 0) await query(`${BENCH_SERVER}/postgres`, `CREATE DATABASE "${databaseName}"`);
  const config = withConfig(loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent' }), { database: { url: databaseUrl } });
  const cli = async (...args: string[]) => {
    const code = await runCli(args, config, log, log);
    if (code !== 0) throw new Error(`${args[0]} failed with ${code}`);
  };
  await cli('migrate');
  await cli('seed:demo');
  const [study] = await query<{ id: string; versionId: string }>(
    databaseUrl,
    `SELECT s."id", v."id" AS "versionId" FROM "study" s JOIN "questionnaire" q ON q."study_id" = s."id"
       JOIN "questionnaire_version" v ON v."questionnaire_id" = q."id" WHERE s."name" = $1`,
    [DEMO_STUDY_NAME],
  );
  const [{ count }] = await query<{ count: string }>(databaseUrl, 'SELECT count(*) FROM "response" WHERE "study_id" = $1', [study.id]);
  const missing = responses - Number(count);
  if (missing > 0) {
    log(`seeding ${missing} responses into ${databaseName} …`);
    await cli('seed:responses', '--study', study.id, '--count', String(missing), '--seed', String(Number(count) + 1));
  }
  await query(databaseUrl, 'VACUUM ANALYZE');
  return { config, databaseUrl, studyId: study.id, versionId: study.versionId, responses: Math.max(responses, Number(count)) };
}

/** The modules the benchmarks drive directly: configuration, the database and the cube. */
export async function benchContext(config: AppConfig): Promise<INestApplicationContext> {
  @Module({})
  class BenchModule {
    static forRoot(): DynamicModule {
      return { module: BenchModule, imports: [ConfigModule.forRoot(config), DatabaseModule, AggregationPersistenceModule] };
    }
  }
  return NestFactory.createApplicationContext(BenchModule.forRoot(), { logger: ['error', 'warn'] });
}

export const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

export function machineLine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}, Node ${process.version}`;
}

export const BENCH_ADMIN = { email: 'bench-admin@stemme.test', password: 'bench-admin-passord-1' };

/** The real API on a free port, with an admin logged in: answers a `get` that times each request. */
export interface BenchApi {
  /** `ms` runs until the whole body has arrived (parsing it is not counted). */
  get: (path: string) => Promise<{ status: number; body: unknown; ms: number }>;
  /** The API's own trigger, as the submission code calls it. */
  trigger: AggregationTrigger;
  close: () => Promise<void>;
}

export async function benchApi(config: AppConfig): Promise<BenchApi> {
  const code = await runCli(['create-admin', '--email', BENCH_ADMIN.email, '--password', BENCH_ADMIN.password], config, () => undefined);
  if (code !== 0) throw new Error('create-admin failed');
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true, bodyParser: false, logger: false });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  return {
    get: async (path) => {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { cookie } });
      const text = await response.text();
      const ms = performance.now() - started;
      return { status: response.status, body: JSON.parse(text), ms };
    },
    trigger: app.get(AggregationTrigger),
    close: () => app.close(),
  };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
