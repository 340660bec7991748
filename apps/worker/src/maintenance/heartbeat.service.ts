import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JobName, JobPayloads, QueueName, REDIS } from '@stemme/platform';
import { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { JobHandler } from '../runtime/job-handler.decorator';

export const HEARTBEAT_EVERY_MS = 30_000;

export function heartbeatKey(prefix: string): string {
  return `${prefix}:worker:heartbeat`;
}

/** A scheduled job that proves the worker consumes its queues; health reports its last run. */
@Injectable()
export class HeartbeatService implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JobName.Heartbeat,
      { every: HEARTBEAT_EVERY_MS },
      { name: JobName.Heartbeat, data: { requestedAt: 'scheduled' } satisfies JobPayloads[typeof JobName.Heartbeat] },
    );
  }

  @JobHandler(JobName.Heartbeat)
  async beat(_job: Job<JobPayloads[typeof JobName.Heartbeat]>): Promise<{ at: string }> {
    const at = new Date().toISOString();
    await this.redis.set(heartbeatKey(this.config.redis.queuePrefix), at, 'EX', (HEARTBEAT_EVERY_MS / 1000) * 4);
    return { at };
  }

  async lastBeat(): Promise<string | null> {
    return this.redis.get(heartbeatKey(this.config.redis.queuePrefix));
  }
}
