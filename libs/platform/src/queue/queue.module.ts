import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { allQueues } from './job-catalogue';
import { bullConnection } from './bull-connection';

const queues = allQueues.map((name) => BullModule.registerQueue({ name }));

/**
 * Registers every queue of the catalogue for producers (@InjectQueue). Completed and failed
 * jobs are kept for a while so operators can see what happened.
 */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: bullConnection(config.redis.url),
        prefix: config.redis.queuePrefix,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 24 * 3600, count: 1000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      }),
    }),
    ...queues,
  ],
  exports: queues,
})
export class QueueModule {}
