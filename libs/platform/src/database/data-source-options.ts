import type { DataSourceOptions } from 'typeorm';
import { allEntities } from './entities';
import { allMigrations } from '../../../../migrations';

/**
 * The one description of how Stemme talks to PostgreSQL, used by the apps, the migration CLI and
 * tests alike. The schema comes from migrations only: synchronize is never on here.
 */
export function buildDataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    // PostgreSQL 13+ has gen_random_uuid() built in; no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    entities: allEntities,
    migrations: allMigrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Off: a failed query would be logged with its parameters (password hashes, answers).
    // Errors still reach the error filter, which logs them without values.
    logging: false,
    extra: { max: 10, application_name: 'stemme' },
  };
}
