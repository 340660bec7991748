import { Injectable } from '@nestjs/common';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { AppConfig } from '@stemme/platform';
import { ChartPoolService } from './charts/chart-pool.service';
import { ExportFiles } from './export-files';
import type { ExportJob } from './export-job.entity';
import type { ExportFile } from './exports.repository';
import { CONTENT_TYPES, type ExportProduct, type ExportProgress, type ExportRun } from './kinds/export-run';
import { exportCharts } from './kinds/charts.export';
import { exportMunicipalityReports } from './kinds/municipality-reports.export';
import { exportRawData } from './kinds/raw-data.export';
import { exportResultsWorkbook } from './kinds/results-workbook.export';
import { ResponseExportRepository } from './raw-data/response-export.repository';
import { StudyResultsReader } from './results/study-results.reader';

/**
 * Makes one export's file: runs its kind into a temporary file under the data directory and,
 * once the file is complete, gives it its final name. A failed run leaves no file behind.
 */
@Injectable()
export class ExportRunner {
  readonly files: ExportFiles;

  constructor(
    config: AppConfig,
    private readonly reader: StudyResultsReader,
    private readonly responses: ResponseExportRepository,
    private readonly charts: ChartPoolService,
  ) {
    this.files = new ExportFiles(config.dataDir);
  }

  async make(job: ExportJob, progress: ExportProgress, signal: AbortSignal): Promise<ExportFile> {
    const study = await this.reader.study(job.studyId);
    const temporary = await this.files.temporaryPath(job.id);
    const output = createWriteStream(temporary);
    const closed = once(output, 'close');
    closed.catch(() => undefined);
    try {
      const run: ExportRun = { study, options: job.options, output, progress, signal, charts: this.charts };
      const product = await this.runKind(job, run);
      if (!output.closed) await closed;
      const { filePath, fileSize } = await this.files.complete(temporary, job.id, product.extension);
      return { fileName: `${product.baseName}.${product.extension}`, filePath, fileSize, contentType: CONTENT_TYPES[product.extension] };
    } catch (error) {
      output.destroy();
      await this.files.remove(temporary);
      throw error;
    }
  }

  private async runKind(job: ExportJob, run: ExportRun): Promise<ExportProduct> {
    switch (job.kind) {
      case 'results_workbook':
        return exportResultsWorkbook(run, this.reader);
      case 'municipality_reports':
        return exportMunicipalityReports(run, this.reader);
      case 'charts':
        return exportCharts(run, this.reader);
      case 'raw_data': {
        const [questionnaire, geography] = await Promise.all([this.reader.questionnaire(run.study.id, run.options.questionnaireId), this.reader.geography()]);
        return exportRawData(run, { responses: this.responses, questionnaire, geography });
      }
    }
  }
}
