import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { UserSessionRepository } from '@stemme/identity';
import { JobName, JobPayloads, QueueName } from '@stemme/platform';
import { Job, Queue } from 'bullmq';
import { JobHandler } from '../runtime/job-handler.decorator';

export const SESSION_CLEANUP_EVERY_MS = 3_600_000;

/**
 * Expired login sessions are refused at once, but their rows stayed until the same user logged
 * in again; a user who never returns left them for good. Now an hourly job deletes them.
 */
@Injectable()
export class SessionCleanupService implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    private readonly sessions: UserSessionRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.CleanUpSessions,
      { every: SESSION_CLEANUP_EVERY_MS },
      { name: JobName.CleanUpSessions, data: { requestedAt: 'scheduled' } satisfies JobPayloads[typeof JobName.CleanUpSessions] },
    );
  }

  @JobHandler(JobName.CleanUpSessions)
  async cleanUp(_job: Job<JobPayloads[typeof JobName.CleanUpSessions]>): Promise<{ deleted: number }> {
    return { deleted: await this.sessions.deleteExpired() };
  }
}
