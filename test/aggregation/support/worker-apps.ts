import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, bullConnection, QueueName } from '@stemme/platform';
import { Queue, QueueEvents } from 'bullmq';
import { WorkerModule } from '../../../apps/worker/src/worker.module';

/** A worker app like `npm run start:worker`, on a test's database and Redis prefix. */
export async function startWorker(config: AppConfig): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  await app.init();
  return app;
}

/** The aggregation queue and its events, as a test watches them. */
export async function aggregationQueue(config: AppConfig): Promise<{ queue: Queue; events: QueueEvents; close: () => Promise<void> }> {
  const options = { connection: bullConnection(config.redis.url), prefix: config.redis.queuePrefix };
  const queue = new Queue(QueueName.Aggregation, options);
  const events = new QueueEvents(QueueName.Aggregation, options);
  await events.waitUntilReady();
  return {
    queue,
    events,
    close: async () => {
      await events.close();
      await queue.close();
    },
  };
}

/** Waits until `check` holds, looking every 50 ms, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last saw ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
