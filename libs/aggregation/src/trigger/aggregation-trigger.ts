import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError, JobName, JobPayloads, QueueName } from '@stemme/platform';
import type { Queue } from 'bullmq';
import { foldJobOptions, rebuildJobOptions, TRIGGER_TIMEOUT_MS } from './fold-job-options';

/**
 * Asks the worker to fold a study's new responses into the count cube. The respondent
 * submission calls `responsesArrived` after the commit that stored a response; it never throws
 * and never waits long for Redis, so a submission succeeds while Redis is away (the worker's
 * sweep folds the study within 30 s of Redis coming back).
 */
@Injectable()
export class AggregationTrigger {
  private readonly logger = new Logger('AggregationTrigger');
  /** Per study: a trigger is on its way to Redis; `again` when another came meanwhile. */
  private readonly inFlight = new Map<string, { again: boolean }>();

  constructor(@InjectQueue(QueueName.Aggregation) private readonly queue: Queue) {}

  /**
   * Call after committing responses of the study. Resolves when the fold is queued, or at once
   * when a trigger for the study is already on its way (that one covers this: its fold starts
   * after it reaches Redis, which is after this call), or after logging that Redis is away.
   */
  async responsesArrived(studyId: string): Promise<void> {
    const underWay = this.inFlight.get(studyId);
    if (underWay) {
      underWay.again = true;
      return;
    }
    const flight = { again: false };
    this.inFlight.set(studyId, flight);
    try {
      do {
        flight.again = false;
        await this.enqueueFold(studyId);
      } while (flight.again);
    } catch (error) {
      this.logger.warn(`Could not queue a fold of study ${studyId}; the sweep will fold it: ${(error as Error).message}`);
    } finally {
      this.inFlight.delete(studyId);
    }
  }

  /**
   * Queues a full rebuild of the study's cube; answers the job's id (the same while one is
   * under way). Throws when Redis does not answer in time.
   */
  async rebuild(studyId: string): Promise<string> {
    const job = await withTimeout(this.queue.add(JobName.RebuildCube, { studyId } satisfies JobPayloads[typeof JobName.RebuildCube], rebuildJobOptions(studyId)));
    return job.id!;
  }

  /** A rebuild job of the study as it stands; null when there is none with this id. */
  async rebuildJob(studyId: string, jobId: string): Promise<RebuildJobStatus | null> {
    const job = await withTimeout(this.queue.getJob(jobId));
    if (!job || job.name !== JobName.RebuildCube || job.data.studyId !== studyId) return null;
    const progress = typeof job.progress === 'object' && job.progress !== null ? (job.progress as { percent: number; stage: string }) : null;
    return { jobId, state: await job.getState(), progress, failedReason: job.failedReason ?? null };
  }

  private async enqueueFold(studyId: string): Promise<void> {
    await withTimeout(this.queue.add(JobName.FoldResponses, { studyId } satisfies JobPayloads[typeof JobName.FoldResponses], foldJobOptions(studyId)));
  }
}

export interface RebuildJobStatus {
  jobId: string;
  /** BullMQ's state: waiting, delayed, active, completed, failed… */
  state: string;
  progress: { percent: number; stage: string } | null;
  failedReason: string | null;
}

/** BullMQ waits for Redis for ever; callers here would rather know. */
async function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueUnavailableError(`Redis did not answer within ${TRIGGER_TIMEOUT_MS} ms`)), TRIGGER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The job queue (Redis) does not answer: try again later. */
export class QueueUnavailableError extends DomainError {
  readonly status = 503;
}
