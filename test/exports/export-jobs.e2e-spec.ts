import { ExportCleanup, ExportsRepository } from '@stemme/exports';
import { bullConnection, JobName, QueueName } from '@stemme/platform';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { access, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExportJobs } from '../../apps/worker/src/exports/export-jobs.service';
import { eventually } from '../aggregation/support/worker-apps';
import { binary, download, exportAndWait, exportWorld, waitForExport, type ExportWorld } from './support/export-setup';

describe('export jobs', () => {
  let world: ExportWorld;
  let queue: Queue;

  beforeAll(async () => {
    world = await exportWorld({ responses: 200, seed: 31 });
    queue = new Queue(QueueName.Exports, { connection: bullConnection(world.ctx.config.redis.url), prefix: world.ctx.config.redis.queuePrefix });
  });

  afterAll(async () => {
    await queue.close();
    await world.close();
  });

  const exportsFolder = () => join(world.dataDir, 'exports');

  it('answers 202 at once, then the worker makes the file: progress, times, size, type and a safe file name', async () => {
    const created = await world.designer.post(`/api/studies/${world.study.studyId}/exports`).send({ kind: 'results_workbook', options: { language: 'en' } });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ status: 'queued', progress: 0, kind: 'results_workbook', options: { language: 'en' }, requestedBy: world.designer.user.id, downloadUrl: null });

    const done = await waitForExport(world.designer, created.body.id);
    expect(done).toMatchObject({ status: 'done', progress: 100, stage: '', errorMessage: null, downloadUrl: `/api/exports/${created.body.id}/download` });
    expect(done.fileName).toMatch(/^brukerundersokelsen-test-results-\d{4}-\d\d-\d\d\.xlsx$/);
    const [started, finished, expires] = [done.startedAt, done.finishedAt, done.expiresAt].map((time) => Date.parse(time as string));
    expect(finished).toBeGreaterThanOrEqual(started);
    expect(expires - finished).toBeGreaterThan(6.9 * 24 * 3600_000);
    const job = await queue.getJob(created.body.id);
    expect(await job!.getState()).toBe('completed');
    expect(job!.data).toEqual({ exportId: created.body.id });

    const { response } = await download(world.designer, created.body.id, world.dataDir);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${done.fileName}"`);
    expect(Number(response.headers['content-length'])).toBe(done.fileSize);
    expect(await readdir(exportsFolder())).toContain(`${created.body.id}.xlsx`);
  });

  it('records who downloaded an export and when', async () => {
    const job = await exportAndWait(world.designer, world.study.studyId, { kind: 'charts', options: { formats: ['svg'] } });
    const before = Date.now();
    await download(world.designer, job.id, world.dataDir);
    await download(world.designer, job.id, world.dataDir);
    const downloads = await world.ctx.app.get(ExportsRepository, { strict: false }).downloadsOf(job.id);
    expect(downloads).toHaveLength(2);
    expect(downloads.every((entry) => entry.userId === world.designer.user.id && entry.downloadedAt.getTime() >= before - 1000)).toBe(true);
  });

  it('fails for good, without retrying, when the export breaks a rule, and leaves no file', async () => {
    const repository = world.ctx.app.get(ExportsRepository, { strict: false });
    const job = await repository.create({ studyId: world.study.studyId, kind: 'results_workbook', options: { questionnaireId: randomUUID() }, requestedBy: null });
    await queue.add(JobName.RunExport, { exportId: job.id }, { jobId: job.id, attempts: 3, backoff: { type: 'fixed', delay: 100 } });
    const failed = await waitForExport(world.designer, job.id);
    expect(failed).toMatchObject({ status: 'failed', errorMessage: expect.stringContaining('no published questionnaire'), downloadUrl: null });
    const queued = (await queue.getJob(job.id))!;
    expect(await queued.getState()).toBe('failed');
    expect(queued.attemptsMade).toBe(1);
    expect((await readdir(exportsFolder())).filter((name) => name.startsWith(job.id))).toEqual([]);
    expect((await world.designer.get(`/api/exports/${job.id}/download`).buffer(true).parse(binary)).status).toBe(409);
  });

  it('tries again after a passing failure, and then succeeds', async () => {
    // The exports folder cannot be made while a file has its name: the first attempt fails.
    await rm(exportsFolder(), { recursive: true, force: true });
    await writeFile(exportsFolder(), 'in the way');
    const repository = world.ctx.app.get(ExportsRepository, { strict: false });
    const job = await repository.create({ studyId: world.study.studyId, kind: 'raw_data', options: {}, requestedBy: null });
    await queue.add(JobName.RunExport, { exportId: job.id }, { jobId: job.id, attempts: 3, backoff: { type: 'fixed', delay: 1500 } });
    const retrying = await eventually('the first attempt to fail', () => repository.findById(job.id), (row) => row!.stage.startsWith('trying again'));
    expect(retrying).toMatchObject({ status: 'queued', errorMessage: null });
    await rm(exportsFolder());
    expect(await waitForExport(world.designer, job.id)).toMatchObject({ status: 'done' });
    // BullMQ counts both attempts: the failed one and the one that made the file.
    expect((await queue.getJob(job.id))!.attemptsMade).toBe(2);
  });

  it('makes nothing twice when a job for a finished export runs again', async () => {
    const job = await exportAndWait(world.designer, world.study.studyId, { kind: 'raw_data', options: { format: 'csv' } });
    const fileBefore = await stat(join(exportsFolder(), `${job.id}.zip`));
    const again = await world.worker.get(ExportJobs).run({ data: { exportId: job.id }, attemptsMade: 0, opts: { attempts: 3 } } as never);
    expect(again).toEqual({ skipped: `export ${job.id} is not waiting to be made` });
    expect((await stat(join(exportsFolder(), `${job.id}.zip`))).mtimeMs).toBe(fileBefore.mtimeMs);
  });

  it('deletes expired exports’ files, keeps their rows as expired, and removes files a dead worker or a deleted study left', async () => {
    const job = await exportAndWait(world.designer, world.study.studyId, { kind: 'charts', options: { formats: ['svg'] } });
    await world.dataSource.query(`UPDATE "export_job" SET "expires_at" = now() - interval '1 minute' WHERE "id" = $1`, [job.id]);
    const leftover = join(exportsFolder(), `${randomUUID()}.dead.part`);
    const orphan = join(exportsFolder(), `${randomUUID()}.xlsx`);
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    for (const file of [leftover, orphan]) {
      await writeFile(file, 'left behind');
      await utimes(file, old, old);
    }

    const outcome = await world.worker.get(ExportCleanup, { strict: false }).cleanUp();
    expect(outcome).toMatchObject({ expired: 1, staleParts: 1, orphans: 1 });
    await expect(access(join(exportsFolder(), `${job.id}.zip`))).rejects.toThrow();
    await expect(access(leftover)).rejects.toThrow();
    await expect(access(orphan)).rejects.toThrow();
    expect(await readdir(exportsFolder())).not.toHaveLength(0);
    expect((await world.designer.get(`/api/exports/${job.id}`)).body).toMatchObject({ status: 'expired', downloadUrl: null });
    expect((await world.designer.get(`/api/exports/${job.id}/download`).buffer(true).parse(binary)).status).toBe(410);
  });

  it('lists a study’s exports newest first', async () => {
    const listed = await world.designer.get(`/api/studies/${world.study.studyId}/exports`);
    const created = listed.body.map((job: { createdAt: string }) => Date.parse(job.createdAt));
    expect(created.length).toBeGreaterThanOrEqual(6);
    expect([...created].sort((a, b) => b - a)).toEqual(created);
  });
});
