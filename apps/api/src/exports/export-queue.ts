import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QueueUnavailableError, TRIGGER_TIMEOUT_MS } from '@stemme/aggregation';
import { exportJobOptions } from '@stemme/exports';
import { JobName, type JobPayloads, QueueName } from '@stemme/platform';
import type { Queue } from 'bullmq';

/** Hands exports to the worker: one job per export, its id the export's id. */
@Injectable()
export class ExportQueue {
  constructor(@InjectQueue(QueueName.Exports) private readonly queue: Queue) {}

  /** Throws QueueUnavailableError (503) when Redis does not answer in time: BullMQ would wait for ever. */
  async enqueue(exportId: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueueUnavailableError(`The job queue did not answer within ${TRIGGER_TIMEOUT_MS} ms`)), TRIGGER_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.queue.add(JobName.RunExport, { exportId } satisfies JobPayloads[typeof JobName.RunExport], exportJobOptions(exportId)), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
