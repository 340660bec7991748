import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { IdentityModule } from '@stemme/identity';
import { AppConfig, ConfigModule, DatabaseModule, HealthModule, LoggingModule, QueueModule, RedisModule } from '@stemme/platform';
import { AggregationWorkerModule } from './aggregation/aggregation-worker.module';
import { ExportsWorkerModule } from './exports/exports-worker.module';
import { HeartbeatService } from './maintenance/heartbeat.service';
import { SessionCleanupService } from './maintenance/session-cleanup.service';
import { JobRuntimeService } from './runtime/job-runtime.service';

/** The worker: queue processors, plus a health probe and nothing else over HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(), DatabaseModule, RedisModule, QueueModule, HealthModule, DiscoveryModule, AggregationWorkerModule, ExportsWorkerModule, IdentityModule],
      providers: [JobRuntimeService, HeartbeatService, SessionCleanupService],
    };
  }
}
