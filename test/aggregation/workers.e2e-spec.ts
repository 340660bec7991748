import { INestApplication } from '@nestjs/common';
import { AggregationRepository, AggregationTrigger, FOLD_DELAY_MS } from '@stemme/aggregation';
import { AppConfig, bullConnection, JobName, QueueName } from '@stemme/platform';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { SeededRandom } from '../../libs/statistics/src/testing/seeded-random';
import { dropDatabase } from '../support/databases';
import { clearRedisPrefix, createTestConfig } from '../support/test-app';
import { insertResponses, publishedStudy, randomBatches, randomResponses } from './support/cube-factories';
import { cubeOf, entries, expectedCube } from './support/cube-oracle';
import { aggregationQueue, eventually, startWorker } from './support/worker-apps';

describe('the aggregation worker', () => {
  let config: AppConfig;
  let databaseName: string;
  let workers: INestApplication[];
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ config, databaseName } = await createTestConfig());
    // Two worker apps on one database and one Redis prefix, as two worker processes would be.
    workers = [await startWorker(config), await startWorker(config)];
    dataSource = workers[0].get(DataSource);
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    await clearRedisPrefix(config.redis.queuePrefix);
    await dropDatabase(databaseName);
  });

  const foldedCount = (repository: AggregationRepository, studyId: string) => async () => Number((await repository.findState(studyId))?.foldedCount ?? 0);

  it('never counts a response twice with two workers folding the same study at once', async () => {
    const random = new SeededRandom(101);
    const study = await publishedStudy(dataSource);
    const responses = randomResponses(random, study, 2500);
    const repositories = workers.map((worker) => worker.get(AggregationRepository));
    const triggers = workers.map((worker) => worker.get(AggregationTrigger));
    let submitting = true;
    // Besides the queued folds, each worker's own pool folds in a loop: two folds of one study at once, all the time.
    const directFolds = repositories.map(async (repository) => {
      while (submitting) await repository.fold(study.studyId);
    });
    for (const [index, batch] of randomBatches(random, responses, 60).entries()) {
      await insertResponses(dataSource, study, batch);
      await triggers[index % 2].responsesArrived(study.studyId);
    }
    submitting = false;
    await Promise.all(directFolds);

    await eventually('all responses folded', foldedCount(repositories[0], study.studyId), (count) => count >= 2500);
    const independent = expectedCube(responses.map((response) => ({ ...response, versionId: study.versionId })));
    expect(entries(await cubeOf(dataSource, [study.versionId]))).toEqual(entries(independent));
    expect(await foldedCount(repositories[1], study.studyId)()).toBe(2500);
  });

  it('coalesces a burst of 2,000 triggers into a handful of fold jobs', async () => {
    const random = new SeededRandom(202);
    const study = await publishedStudy(dataSource);
    const { queue, close } = await aggregationQueue(config);
    try {
      const trigger = workers[0].get(AggregationTrigger);
      const responses = randomResponses(random, study, 2000);
      const batches = randomBatches(random, responses, 25);
      const started = Date.now();
      for (const batch of batches) {
        await insertResponses(dataSource, study, batch);
        await Promise.all(batch.map(() => trigger.responsesArrived(study.studyId)));
      }
      const submitting = Date.now() - started;
      await eventually('all responses folded', foldedCount(workers[0].get(AggregationRepository), study.studyId), (count) => count === 2000);
      const jobs = (await queue.getJobs(['completed', 'active', 'waiting', 'delayed'])).filter(
        (job) => job.name === JobName.FoldResponses && job.data.studyId === study.studyId,
      );
      // A fold waits FOLD_DELAY_MS for more, and one more may follow the last: a job per delay at most.
      expect(jobs.length).toBeGreaterThanOrEqual(1);
      expect(jobs.length).toBeLessThanOrEqual(Math.ceil(submitting / FOLD_DELAY_MS) + 2);
      expect(jobs.length).toBeLessThan(batches.length / 10);
    } finally {
      await close();
    }
  });

  it('reports a fold’s progress as a percent with a short stage', async () => {
    const random = new SeededRandom(303);
    const study = await publishedStudy(dataSource);
    await insertResponses(dataSource, study, randomResponses(random, study, 50));
    const { queue, events, close } = await aggregationQueue(config);
    try {
      const progress: unknown[] = [];
      events.on('progress', ({ data }) => progress.push(data));
      const job = await queue.add(JobName.FoldResponses, { studyId: study.studyId });
      const result = await job.waitUntilFinished(events, 10_000);
      expect(result).toMatchObject({ responses: 50 });
      await eventually('the last progress event', async () => progress, (seen) => seen.length > 0 && (seen.at(-1) as { percent: number }).percent === 100, 5000);
      expect(progress).toContainEqual({ percent: 100, stage: 'counted 50 new responses' });
      expect(progress.every((entry) => typeof (entry as { stage: unknown }).stage === 'string')).toBe(true);
    } finally {
      await close();
    }
  });

  it('folds, on its 30-second sweep, a study whose trigger never arrived', async () => {
    const random = new SeededRandom(404);
    const study = await publishedStudy(dataSource);
    await insertResponses(dataSource, study, randomResponses(random, study, 40));
    const { queue, events, close } = await aggregationQueue(config);
    try {
      expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key)).toContain(JobName.SweepAggregation);
      const sweep = await queue.add(JobName.SweepAggregation, { requestedAt: new Date().toISOString() });
      expect((await sweep.waitUntilFinished(events, 10_000)).behind).toContain(study.studyId);
      await eventually('the swept study folded', foldedCount(workers[0].get(AggregationRepository), study.studyId), (count) => count === 40);
    } finally {
      await close();
    }
  });

  it('rebuilds at night the cubes that folds have added to since their last rebuild, and only those', async () => {
    const random = new SeededRandom(505);
    const folded = await publishedStudy(dataSource);
    const rebuilt = await publishedStudy(dataSource);
    const repository = workers[0].get(AggregationRepository);
    for (const study of [folded, rebuilt]) {
      await insertResponses(dataSource, study, randomResponses(random, study, 30));
      await repository.fold(study.studyId);
    }
    await repository.rebuild(rebuilt.studyId);
    const { queue, events, close } = await aggregationQueue(config);
    try {
      const scheduler = (await queue.getJobSchedulers()).find((candidate) => candidate.key === JobName.RebuildFoldedCubes);
      expect(scheduler).toMatchObject({ pattern: '30 3 * * *', tz: 'Europe/Oslo' });
      const nightly = await queue.add(JobName.RebuildFoldedCubes, { requestedAt: new Date().toISOString() });
      const { rebuilding } = await nightly.waitUntilFinished(events, 10_000);
      expect(rebuilding).toContain(folded.studyId);
      expect(rebuilding).not.toContain(rebuilt.studyId);
      const state = await eventually('the folded study rebuilt', () => repository.findState(folded.studyId), (found) => found?.rebuiltAt != null);
      expect(state!.rebuiltAt!.getTime()).toBeGreaterThanOrEqual(state!.foldedAt!.getTime());
    } finally {
      await close();
    }
  });

  it('lets a submission carry on when Redis is away: the trigger logs and returns within about a second', async () => {
    const unreachable = new Queue(QueueName.Aggregation, { connection: bullConnection('redis://127.0.0.1:1') });
    unreachable.on('error', () => undefined);
    try {
      const trigger = new AggregationTrigger(unreachable);
      const started = Date.now();
      await expect(Promise.all([trigger.responsesArrived('a'), trigger.responsesArrived('a'), trigger.responsesArrived('b')])).resolves.toBeDefined();
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      await unreachable.close().catch(() => undefined);
    }
  });
});
