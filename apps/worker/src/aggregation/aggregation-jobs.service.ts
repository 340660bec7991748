import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AggregationRepository, AggregationTrigger, FoldOutcome, ProgressListener, SWEEP_EVERY_MS } from '@stemme/aggregation';
import { JobName, JobPayloads, QueueName } from '@stemme/platform';
import { Job, Queue } from 'bullmq';
import { JobHandler } from '../runtime/job-handler.decorator';

/** At night, when few answer: 03:30 in Norway. */
export const REBUILD_FOLDED_CUBES = { pattern: '30 3 * * *', tz: 'Europe/Oslo' };

/** Progress as the admin UI reads it: percent done and what is going on. */
export interface AggregationProgress {
  percent: number;
  stage: string;
}

/**
 * The aggregation queue's jobs. A fold or rebuild may run twice or at the same time as another
 * (two workers, a retry): the study's lock in PostgreSQL makes them take turns, and each counts
 * only what no one has counted, so the result is the same.
 */
@Injectable()
export class AggregationJobs implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Aggregation) private readonly queue: Queue,
    private readonly cube: AggregationRepository,
    private readonly trigger: AggregationTrigger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.SweepAggregation,
      { every: SWEEP_EVERY_MS },
      { name: JobName.SweepAggregation, data: { requestedAt: 'scheduled' } satisfies JobPayloads[typeof JobName.SweepAggregation] },
    );
    await this.queue.upsertJobScheduler(
      JobName.RebuildFoldedCubes,
      REBUILD_FOLDED_CUBES,
      { name: JobName.RebuildFoldedCubes, data: { requestedAt: 'scheduled' } satisfies JobPayloads[typeof JobName.RebuildFoldedCubes] },
    );
  }

  /**
   * Queues a rebuild of every cube that folds have added to since its last rebuild. Rebuilds are
   * one transaction each: folds wait for it, and statistics read the old cube until it commits.
   */
  @JobHandler(JobName.RebuildFoldedCubes)
  async rebuildFolded(_job: Job<JobPayloads[typeof JobName.RebuildFoldedCubes]>): Promise<{ rebuilding: string[] }> {
    const rebuilding = await this.cube.studiesFoldedSinceRebuild();
    for (const studyId of rebuilding) await this.trigger.rebuild(studyId);
    return { rebuilding };
  }

  @JobHandler(JobName.FoldResponses)
  async fold(job: Job<JobPayloads[typeof JobName.FoldResponses]>): Promise<FoldOutcome> {
    const outcome = await this.cube.fold(job.data.studyId, progressOf(job));
    await this.foldAgainIfBehind(job.data.studyId);
    return outcome;
  }

  @JobHandler(JobName.RebuildCube)
  async rebuild(job: Job<JobPayloads[typeof JobName.RebuildCube]>): Promise<FoldOutcome> {
    const outcome = await this.cube.rebuild(job.data.studyId, { onProgress: progressOf(job) });
    await this.cube.vacuumCube();
    await this.foldAgainIfBehind(job.data.studyId);
    return outcome;
  }

  /** Folds every study whose committed responses are ahead of its cube: a trigger lost while Redis was away. */
  @JobHandler(JobName.SweepAggregation)
  async sweep(_job: Job<JobPayloads[typeof JobName.SweepAggregation]>): Promise<{ behind: string[] }> {
    const behind = await this.cube.studiesBehind();
    for (const studyId of behind) await this.trigger.responsesArrived(studyId);
    return { behind };
  }

  /** Responses committed while this job counted (or still running then) get a fold of their own. */
  private async foldAgainIfBehind(studyId: string): Promise<void> {
    if (await this.cube.hasUnfolded(studyId)) await this.trigger.responsesArrived(studyId);
  }
}

/**
 * Reports progress without waiting for Redis: the fold holds the study's lock in PostgreSQL
 * meanwhile, and a slow Redis must not keep other folds waiting. Commands to Redis keep their
 * order, so the last progress still lands before the job completes.
 */
function progressOf(job: Job): ProgressListener {
  return (percent, stage) => {
    job.updateProgress({ percent, stage } satisfies AggregationProgress).catch(() => undefined);
  };
}
