import { Module } from '@nestjs/common';
import { AggregationPersistenceModule } from '@stemme/aggregation';
import { RegisterModule } from '@stemme/register';
import { StudiesPersistenceModule } from '@stemme/studies';
import { ChartPoolService } from './charts/chart-pool.service';
import { ExportCleanup } from './export-cleanup';
import { ExportRunner } from './export-runner';
import { ExportsRepository } from './exports.repository';
import { ResponseExportRepository } from './raw-data/response-export.repository';
import { StudyResultsReader } from './results/study-results.reader';

/** Export jobs in PostgreSQL, the results reader and the runner that makes files; shared by the api and the worker. */
@Module({
  imports: [StudiesPersistenceModule, RegisterModule, AggregationPersistenceModule],
  providers: [ExportsRepository, StudyResultsReader, ResponseExportRepository, ExportRunner, ExportCleanup, ChartPoolService],
  exports: [ExportsRepository, StudyResultsReader, ExportRunner, ExportCleanup, ChartPoolService],
})
export class ExportsCoreModule {}
