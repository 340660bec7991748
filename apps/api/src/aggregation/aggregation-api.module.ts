import { Module } from '@nestjs/common';
import { AggregationPersistenceModule, AggregationTriggerModule } from '@stemme/aggregation';
import { StudiesModule } from '../studies/studies.module';
import { ResultsModule } from '../results/results.module';
import { AggregationController } from './aggregation.controller';
import { AggregationService } from './aggregation.service';

/** The count cube over HTTP: freshness and rebuilds; and the statistics read from it (ResultsModule). */
@Module({
  imports: [StudiesModule, AggregationPersistenceModule, AggregationTriggerModule, ResultsModule],
  controllers: [AggregationController],
  providers: [AggregationService],
})
export class AggregationApiModule {}
