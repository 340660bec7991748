import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type ExportJob, type ExportKind, type ExportOptions, ExportRunner, ExportsCoreModule, ExportsRepository } from '@stemme/exports';
import { AppConfig, ConfigModule, DatabaseModule } from '@stemme/platform';

/** What the worker's export job uses, without Redis: the runner and the export rows. */
export async function exportContext(config: AppConfig): Promise<INestApplicationContext> {
  @Module({})
  class ExportBenchModule {
    static forRoot(): DynamicModule {
      return { module: ExportBenchModule, imports: [ConfigModule.forRoot(config), DatabaseModule, ExportsCoreModule] };
    }
  }
  return NestFactory.createApplicationContext(ExportBenchModule.forRoot(), { logger: ['error', 'warn'] });
}

export interface ExportRunResult {
  job: ExportJob;
  fileSize: number;
  filePath: string;
  stages: string[];
}

/** The run-export job's work without the queue: the row, the runner, the file, the row marked done. */
export async function runExport(app: INestApplicationContext, studyId: string, kind: ExportKind, options: ExportOptions = {}): Promise<ExportRunResult> {
  const exports = app.get(ExportsRepository);
  const runner = app.get(ExportRunner);
  const created = await exports.create({ studyId, kind, options, requestedBy: null });
  const job = (await exports.markRunning(created.id, 'starting'))!;
  const stages: string[] = [];
  let lastPercent = -10;
  const file = await runner.make(
    job,
    (percent, stage) => {
      if (percent - lastPercent < (process.env.SHOW_PROGRESS ? 1 : 10)) return;
      lastPercent = percent;
      stages.push(`${Math.round(percent)}% ${stage}`);
      if (process.env.SHOW_PROGRESS) console.log(new Date().toISOString().slice(11, 19), `${Math.round(percent)}% ${stage}`);
    },
    new AbortController().signal,
  );
  await exports.markDone(job.id, file, new Date(Date.now() + 3600_000));
  return { job: (await exports.findById(job.id))!, fileSize: file.fileSize, filePath: runner.files.absolute(file.filePath), stages };
}
