import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../libs/platform/src/database/data-source-options';

/** Where the test databases live. Tests need a real PostgreSQL and fail loudly without one. */
export const TEST_SERVER_URL = 'postgres://postgres@127.0.0.1:5432';
/** Test databases are named stemme_test_<unix seconds>_<random>, so stale ones can be told by age. */
const PREFIX = 'stemme_test';

/** The template of this jest run, migrated once by global setup and handed to workers by env. */
export function templateDatabase(): string {
  const name = process.env.STEMME_TEST_TEMPLATE;
  if (!name) throw new Error('STEMME_TEST_TEMPLATE is not set: run tests through jest (global setup makes the template)');
  return name;
}

export function newDatabaseName(kind = 'db'): string {
  return `${PREFIX}_${Math.floor(Date.now() / 1000)}_${kind}_${randomBytes(4).toString('hex')}`;
}

/** Drops test databases left behind by runs that were interrupted more than maxAgeSeconds ago. */
export async function dropStaleDatabases(maxAgeSeconds: number): Promise<void> {
  const names = await withAdminClient(async (client) => {
    const result = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'stemme\\_test\\_%'");
    return result.rows.map((row) => row.datname);
  });
  const now = Date.now() / 1000;
  for (const name of names) {
    const created = Number(name.split('_')[2]);
    if (Number.isFinite(created) && now - created > maxAgeSeconds) await dropDatabase(name);
  }
}

export function databaseUrl(name: string): string {
  return `${TEST_SERVER_URL}/${name}`;
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Tests need PostgreSQL at ${TEST_SERVER_URL} (trust auth, user postgres): ${(error as Error).message}`, { cause: error });
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Creates an empty database (no migrations). */
export async function createEmptyDatabase(kind = 'empty'): Promise<string> {
  const name = newDatabaseName(kind);
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  return name;
}

/** Runs every migration on a database. */
export async function migrate(name: string): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions(databaseUrl(name)));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * A fresh, fully migrated database of a test file's own, copied from the template that global
 * setup migrated once. Copying takes a fraction of a second; migrating each time would not.
 */
export async function createMigratedDatabase(): Promise<string> {
  const name = newDatabaseName();
  const template = templateDatabase();
  for (let attempt = 1; ; attempt++) {
    try {
      await withAdminClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
      return name;
    } catch (error) {
      // Two files copying the template at the same instant: PostgreSQL refuses one; try again.
      if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
