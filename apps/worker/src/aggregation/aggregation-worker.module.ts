import { Module } from '@nestjs/common';
import { AggregationPersistenceModule, AggregationTriggerModule } from '@stemme/aggregation';
import { QueueModule } from '@stemme/platform';
import { AggregationJobs } from './aggregation-jobs.service';

/** Keeps the count cube: folds, rebuilds and the sweep. */
@Module({ imports: [QueueModule, AggregationPersistenceModule, AggregationTriggerModule], providers: [AggregationJobs] })
export class AggregationWorkerModule {}
