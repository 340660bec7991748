import 'reflect-metadata';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../libs/platform/src/config/app-config';

/**
 * `npm run demo`: creates and migrates the database, creates the demo admin, starts the api and
 * the worker, and prints where to log in. Ctrl-C stops both.
 */
const DEMO_ADMIN = { email: 'admin@stemme.demo', password: 'stemme-demo-passord' };
const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist/apps/api/src/cli.js');

async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!exists.rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`[demo] created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

function runCli(...args: string[]): void {
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`"stemme ${args[0]}" failed`);
}

function start(name: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, [path.join(root, entry)], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[demo] ${name} stopped (${signal ?? code}); stopping the demo`);
      stopAll(1);
    }
  });
  return child;
}

/** The demo study's study-wide respondent link (made by seed:demo with DEMO_STUDY_WIDE_LABEL). */
async function demoRespondentLink(databaseUrl: string, publicUrl: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query(`SELECT "token" FROM "survey_link" WHERE "kind" = 'study' AND "label" = 'Hele studien (demo)' ORDER BY "created_at" LIMIT 1`);
    return result.rows[0] ? `${publicUrl}/s/${result.rows[0].token}` : '(none: run seed:demo)';
  } finally {
    await client.end();
  }
}

async function waitForHealth(url: string, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

let stopping = false;
const children: ChildProcess[] = [];
function stopAll(code: number): void {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve))))).then(() =>
    process.exit(code),
  );
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  await ensureDatabase(config.database.url);
  runCli('migrate');
  runCli('create-admin', '--email', DEMO_ADMIN.email, '--password', DEMO_ADMIN.password, '--name', 'Demo admin');
  runCli('seed:demo');
  // A newcomer sees results at once: synthetic responses (only into an empty demo study), counted into the cube.
  runCli('seed:responses', '--study', 'demo', '--count', '20000', '--if-empty', 'true');

  children.push(start('api', 'dist/apps/api/src/main.js'), start('worker', 'dist/apps/worker/src/main.js'));
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  await waitForHealth(`http://127.0.0.1:${config.http.port}/health`, 60);

  console.log(
    [
      '',
      '  Stemme is running.',
      `  Open           ${config.http.publicUrl}/`,
      `  API docs       ${config.http.publicUrl}/api/docs`,
      `  Answer it at   ${await demoRespondentLink(config.database.url, config.http.publicUrl)}`,
      `  Log in as      ${DEMO_ADMIN.email}`,
      `  Password       ${DEMO_ADMIN.password}`,
      '  Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(`[demo] ${error instanceof Error ? error.message : error}`);
  stopAll(1);
});
