import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, loadConfig, withConfig } from '@stemme/platform';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Writable } from 'node:stream';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/bootstrap';
import { createMigratedDatabase, databaseUrl, dropDatabase } from './databases';

export interface TestContext {
  app: INestApplication;
  config: AppConfig;
  databaseName: string;
  http: () => ReturnType<typeof request>;
  close: () => Promise<void>;
}

/**
 * A test configuration: its own database and its own Redis key prefix, so test files can run in
 * parallel without seeing each other's data.
 */
export async function createTestConfig(changes: Parameters<typeof withConfig>[1] = {}): Promise<{ config: AppConfig; databaseName: string }> {
  const databaseName = await createMigratedDatabase();
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const config = withConfig(base, {
    database: { url: databaseUrl(databaseName) },
    redis: { url: 'redis://127.0.0.1:6379', queuePrefix: `stemme-test-${randomBytes(4).toString('hex')}` },
    ...changes,
  });
  return { config, databaseName };
}

/** Deletes every Redis key under a test's prefix. */
export async function clearRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis('redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Starts the real API app on a database of its own. Call close() in afterAll. */
export async function createTestApp(
  changes: Parameters<typeof withConfig>[1] = {},
  options: { logDestination?: Writable } = {},
): Promise<TestContext> {
  const { config, databaseName } = await createTestConfig(changes);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config, options.logDestination)] }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true });
  configureApp(app);
  await app.init();
  return {
    app,
    config,
    databaseName,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await clearRedisPrefix(config.redis.queuePrefix);
      await dropDatabase(databaseName);
    },
  };
}
