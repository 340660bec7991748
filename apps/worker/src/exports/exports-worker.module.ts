import { Module } from '@nestjs/common';
import { ExportsCoreModule } from '@stemme/exports';
import { QueueModule } from '@stemme/platform';
import { ExportJobs } from './export-jobs.service';

/** Makes export files and cleans up old ones. */
@Module({ imports: [QueueModule, ExportsCoreModule], providers: [ExportJobs] })
export class ExportsWorkerModule {}
