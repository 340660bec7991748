import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import IORedis, { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';

export const REDIS = Symbol('REDIS');

/** Closes the shared Redis client when the app shuts down. */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * Gives a new client a moment to connect, so that the first commands do not fail for nothing;
 * starts without Redis all the same (responses are stored even while Redis is away).
 */
function waitUntilReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    redis.once('ready', done);
    // Refused outright: no point in waiting; ioredis keeps reconnecting in the background.
    redis.once('error', done);
  });
}

/**
 * One ioredis client for small commands (health, rate limits). BullMQ keeps its own connections.
 * Commands fail fast instead of queueing while Redis is away, so callers can degrade.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const redis = new IORedis(config.redis.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, disconnectTimeout: 200 });
        await waitUntilReady(redis, 3000);
        return redis;
      },
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
