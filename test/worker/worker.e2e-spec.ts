import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { bullConnection, JobName, QueueName } from '@stemme/platform';
import { Queue, QueueEvents } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { HeartbeatService } from '../../apps/worker/src/maintenance/heartbeat.service';
import { QueueWorkers } from '../../apps/worker/src/runtime/queue-workers';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { dropDatabase } from '../support/databases';
import { clearRedisPrefix, createTestConfig } from '../support/test-app';

describe('the worker app', () => {
  let app: INestApplication;
  let config: Awaited<ReturnType<typeof createTestConfig>>['config'];
  let databaseName: string;

  beforeAll(async () => {
    ({ config, databaseName } = await createTestConfig());
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await clearRedisPrefix(config.redis.queuePrefix);
    await dropDatabase(databaseName);
  });

  it('consumes the maintenance queue: a heartbeat job records when it ran', async () => {
    const queue = new Queue(QueueName.Maintenance, { connection: bullConnection(config.redis.url), prefix: config.redis.queuePrefix });
    const events = new QueueEvents(QueueName.Maintenance, { connection: bullConnection(config.redis.url), prefix: config.redis.queuePrefix });
    try {
      await events.waitUntilReady();
      const job = await queue.add(JobName.Heartbeat, { requestedAt: new Date().toISOString() });
      const result = await job.waitUntilFinished(events, 10_000);
      expect(Date.parse(result.at)).toBeGreaterThan(Date.now() - 10_000);
      expect(await app.get(HeartbeatService).lastBeat()).toBe(result.at);
    } finally {
      await events.close();
      await queue.close();
    }
  });

  it('schedules the heartbeat and the session clean-up to repeat', async () => {
    const queue = new Queue(QueueName.Maintenance, { connection: bullConnection(config.redis.url), prefix: config.redis.queuePrefix });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key)).toEqual(expect.arrayContaining([JobName.Heartbeat, JobName.CleanUpSessions]));
    } finally {
      await queue.close();
    }
  });

  it('deletes expired login sessions, also of users who never log in again, and keeps live ones', async () => {
    const dataSource = app.get(DataSource);
    const [{ id: userId }] = await dataSource.query(
      `INSERT INTO "app_user" ("email", "display_name", "role", "password_hash") VALUES ('gone@example.no', 'Gone', 'evaluator', 'x') RETURNING "id"`,
    );
    const session = (expiresIn: string, token: string) =>
      dataSource.query(`INSERT INTO "user_session" ("user_id", "token_hash", "csrf_token", "expires_at") VALUES ($1, $2, 'csrf', now() + $3::interval)`, [
        userId,
        Buffer.from(token),
        expiresIn,
      ]);
    await session('-2 days', 'old');
    await session('-1 second', 'just-expired');
    await session('1 hour', 'live');
    const queue = new Queue(QueueName.Maintenance, { connection: bullConnection(config.redis.url), prefix: config.redis.queuePrefix });
    const events = new QueueEvents(QueueName.Maintenance, { connection: bullConnection(config.redis.url), prefix: config.redis.queuePrefix });
    try {
      await events.waitUntilReady();
      const job = await queue.add(JobName.CleanUpSessions, { requestedAt: new Date().toISOString() });
      expect(await job.waitUntilFinished(events, 10_000)).toEqual({ deleted: 2 });
      const left = await dataSource.query(`SELECT convert_from("token_hash", 'UTF8') AS "token" FROM "user_session" WHERE "user_id" = $1`, [userId]);
      expect(left).toEqual([{ token: 'live' }]);
    } finally {
      await events.close();
      await queue.close();
    }
  });

  it('answers its health probe', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
  });
});

describe('QueueWorkers.close', () => {
  it('waits for the job under way to finish instead of cutting it off', async () => {
    const prefix = `stemme-test-shutdown-${Date.now()}`;
    const connection = bullConnection('redis://127.0.0.1:6379');
    const queue = new Queue('shutdown', { connection, prefix });
    const workers = new QueueWorkers({ redisUrl: 'redis://127.0.0.1:6379', prefix, concurrency: 1 });
    const finished: string[] = [];
    let started!: () => void;
    const jobStarted = new Promise<void>((resolve) => (started = resolve));
    try {
      workers.start(['shutdown'], async (job) => {
        started();
        await new Promise((resolve) => setTimeout(resolve, 700));
        finished.push(job.id!);
        return 'done';
      });
      // BullMQ's own event, emitted only after Redis has moved the job to completed; reading the
      // job back from Redis afterwards once came back empty on CI, so the test listens instead.
      const completed: string[] = [];
      for (const worker of workers.running) worker.on('completed', (done) => completed.push(done.id!));
      const job = await queue.add('slow', {});
      await jobStarted;
      await workers.close();
      expect(finished).toEqual([job.id]);
      expect(completed).toEqual([job.id]);
    } finally {
      await workers.close();
      await queue.close();
      await clearRedisPrefix(prefix);
    }
  });
});
