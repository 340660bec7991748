import { Redis } from 'ioredis';
import { createEmptyDatabase, dropStaleDatabases, migrate } from './databases';

/** Once per test run: check the services answer and migrate the template database. */
export default async function globalSetup(): Promise<void> {
  const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Tests need Redis at 127.0.0.1:6379: ${(error as Error).message}`, { cause: error });
  } finally {
    redis.disconnect();
  }


  // Runs may overlap (several developers, one machine): each has its own template, and only
  // databases of runs that died hours ago are cleaned up.
  await dropStaleDatabases(3 * 3600);
  const template = await createEmptyDatabase('template');
  await migrate(template);
  process.env.STEMME_TEST_TEMPLATE = template;
}
