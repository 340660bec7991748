import { Module } from '@nestjs/common';
import { AggregationPersistenceModule } from '@stemme/aggregation';
import { IdentityModule } from '@stemme/identity';
import { RegisterModule } from '@stemme/register';
import { StudiesPersistenceModule } from '@stemme/studies';
import { StudiesModule } from '../studies/studies.module';
import { CrossTabService } from './cross-tab.service';
import { MonitorService } from './monitor.service';
import { ResultsContext } from './results-context';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';

/** Statistics for evaluators (from the count cube) and response monitoring for designers. */
@Module({
  imports: [StudiesModule, StudiesPersistenceModule, IdentityModule, RegisterModule, AggregationPersistenceModule],
  controllers: [ResultsController],
  providers: [ResultsContext, ResultsService, CrossTabService, MonitorService],
})
export class ResultsModule {}
