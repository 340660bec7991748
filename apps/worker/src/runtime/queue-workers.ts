import { Job, Worker } from 'bullmq';
import { bullConnection } from '@stemme/platform';

export type JobDispatcher = (job: Job) => Promise<unknown>;

export interface QueueWorkersOptions {
  redisUrl: string;
  prefix: string;
  concurrency: number;
}

/**
 * One BullMQ Worker per queue, each handing its jobs to a dispatcher. Closing waits for the
 * jobs under way to finish, so a SIGTERM never cuts a job in half; a job that still cannot
 * finish (the process is killed) is picked up again by BullMQ's stalled-job check.
 */
export class QueueWorkers {
  private readonly workers: Worker[] = [];

  constructor(private readonly options: QueueWorkersOptions) {}

  start(queues: readonly string[], dispatch: JobDispatcher): void {
    for (const queue of queues) {
      const worker = new Worker(queue, dispatch, {
        connection: bullConnection(this.options.redisUrl),
        prefix: this.options.prefix,
        concurrency: this.options.concurrency,
      });
      // An error event without a listener would crash the process; BullMQ retries on its own.
      worker.on('error', (error) => console.error(`worker for queue ${queue}: ${error.message}`));
      this.workers.push(worker);
    }
  }

  get running(): Worker[] {
    return [...this.workers];
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.workers.length = 0;
  }
}
