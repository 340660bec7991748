import { Module } from '@nestjs/common';
import { ExportsCoreModule } from '@stemme/exports';
import { IdentityModule } from '@stemme/identity';
import { QueueModule } from '@stemme/platform';
import { StudiesModule } from '../studies/studies.module';
import { ChartsService } from './charts.service';
import { ExportQueue } from './export-queue';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** Exports (made by the worker) and charts drawn on request. */
@Module({
  imports: [StudiesModule, IdentityModule, QueueModule, ExportsCoreModule],
  controllers: [ExportsController],
  providers: [ExportsService, ChartsService, ExportQueue],
})
export class ExportsModule {}
