import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CLEANUP_EVERY_MS, type CleanUpOutcome, ExportCleanup, EXPORT_RETENTION_MS, EXPORT_TIME_LIMIT_MS, type ExportFile, ExportRunner, ExportsRepository } from '@stemme/exports';
import { DomainError, JobName, JobPayloads, QueueName, UnprocessableError } from '@stemme/platform';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { JobHandler } from '../runtime/job-handler.decorator';
import { ExportTimeLimitError, failureOutcome } from './export-failure';
import { progressReporter } from './progress-reporter';

/**
 * The exports queue's jobs. A run-export job carries only the export's id; the row says what to
 * make. Progress goes to the job and to the row (the UI polls the row). Exports run one at a time
 * per worker process (they take much memory and both cores); further jobs wait their turn.
 */
@Injectable()
export class ExportJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('ExportJobs');
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectQueue(QueueName.Exports) private readonly queue: Queue,
    private readonly exports: ExportsRepository,
    private readonly runner: ExportRunner,
    private readonly cleanup: ExportCleanup,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.CleanUpExports,
      { every: CLEANUP_EVERY_MS },
      { name: JobName.CleanUpExports, data: { requestedAt: 'scheduled' } satisfies JobPayloads[typeof JobName.CleanUpExports] },
    );
  }

  @JobHandler(JobName.RunExport)
  run(job: Job<JobPayloads[typeof JobName.RunExport]>): Promise<ExportFile | { skipped: string }> {
    const work = this.turn.then(() => this.runExport(job));
    this.turn = work.catch(() => undefined);
    return work;
  }

  @JobHandler(JobName.CleanUpExports)
  cleanUp(_job: Job<JobPayloads[typeof JobName.CleanUpExports]>): Promise<CleanUpOutcome> {
    return this.cleanup.cleanUp();
  }

  private async runExport(job: Job<JobPayloads[typeof JobName.RunExport]>): Promise<ExportFile | { skipped: string }> {
    const { exportId } = job.data;
    const exportJob = await this.exports.markRunning(exportId, 'starting');
    // Done, failed or expired already (the job ran twice), or deleted with its study.
    if (!exportJob) return { skipped: `export ${exportId} is not waiting to be made` };
    const limit = EXPORT_TIME_LIMIT_MS[exportJob.kind];
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new ExportTimeLimitError(`The export took longer than ${limit / 60_000} minutes and was stopped`)), limit);
    const stopped = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason)));
    stopped.catch(() => undefined);
    const progress = progressReporter(job, this.exports, exportId);
    try {
      const file = await Promise.race([this.runner.make(exportJob, progress.report, controller.signal), stopped]);
      await progress.flushed();
      if (!(await this.exports.markDone(exportId, file, new Date(Date.now() + EXPORT_RETENTION_MS)))) {
        await this.runner.files.remove(this.runner.files.absolute(file.filePath));
        return { skipped: `export ${exportId} stopped running while its file was made` };
      }
      return file;
    } catch (error) {
      controller.abort(error);
      await progress.flushed();
      throw await this.failed(job, exportId, error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Marks the export failed for good, or queued for BullMQ's next attempt; answers the error to throw. */
  private async failed(job: Job, exportId: string, error: unknown): Promise<Error> {
    const { permanent, message } = failureOutcome(error, job.attemptsMade, job.opts.attempts ?? 1);
    if (!(error instanceof DomainError)) this.logger.error(`export ${exportId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (permanent) {
      await this.exports.markFailed(exportId, message);
      return error instanceof UnprocessableError ? error : new UnrecoverableError(message);
    }
    await this.exports.markRetrying(exportId, `trying again after: ${message}`);
    return error instanceof Error ? error : new Error(String(error));
  }
}
