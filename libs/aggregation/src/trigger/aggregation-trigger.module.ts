import { Module } from '@nestjs/common';
import { QueueModule } from '@stemme/platform';
import { AggregationTrigger } from './aggregation-trigger';

/** Import to call AggregationTrigger (e.g. after storing a response). */
@Module({ imports: [QueueModule], providers: [AggregationTrigger], exports: [AggregationTrigger] })
export class AggregationTriggerModule {}
