import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { allQueues, AppConfig, JobName, jobQueue, UnprocessableError } from '@stemme/platform';
import { Job, UnrecoverableError } from 'bullmq';
import { JOB_HANDLER } from './job-handler.decorator';
import { checkJobHandlers } from './handler-check';
import { QueueWorkers } from './queue-workers';

type Handler = (job: Job) => Promise<unknown>;

/**
 * Finds the @JobHandler methods of all providers, refuses to start unless every job of the
 * catalogue has exactly one, and runs the queue workers until shutdown.
 */
@Injectable()
export class JobRuntimeService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobRuntime');
  private readonly handlers = new Map<string, Handler>();
  private readonly workers: QueueWorkers;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    config: AppConfig,
  ) {
    this.workers = new QueueWorkers({ redisUrl: config.redis.url, prefix: config.redis.queuePrefix, concurrency: 4 });
  }

  onApplicationBootstrap(): void {
    const found: string[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = this.reflector.get<string>(JOB_HANDLER, prototype[method]);
        if (!name) continue;
        found.push(name);
        this.handlers.set(name, (job) => (instance[method] as Handler).call(instance, job));
      }
    }
    const problems = checkJobHandlers(Object.keys(jobQueue), found);
    if (problems.length) throw new Error(`The worker cannot start: ${problems.join('; ')}`);
    this.workers.start(allQueues, (job) => this.dispatch(job));
    this.logger.log(`consuming queues ${allQueues.join(', ')}`);
  }

  private async dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    try {
      return await handler(job);
    } catch (error) {
      // A rule of the domain will fail the same way every time: fail now, without retries.
      if (error instanceof UnprocessableError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.logger.log('finishing jobs under way before shutting down');
    await this.workers.close();
  }
}
