import type { JobsOptions } from 'bullmq';
import type { ExportKind } from './export-kinds';

/** A finished export's file is kept this long, then deleted and the export marked expired. */
export const EXPORT_RETENTION_MS = 7 * 24 * 3600_000;
export const CLEANUP_EVERY_MS = 3600_000;
/** A temporary file this old was left by a worker that died while writing it. */
export const STALE_PART_MS = 24 * 3600_000;

/** How long one attempt may take before it is stopped and the export fails (for good: it would take as long again). */
export const EXPORT_TIME_LIMIT_MS: Record<ExportKind, number> = {
  results_workbook: 15 * 60_000,
  municipality_reports: 60 * 60_000,
  raw_data: 60 * 60_000,
  charts: 30 * 60_000,
};

/**
 * The export's id is the job's id: asking twice to queue the same export makes one job. Transient
 * failures (a lost connection) are tried again with backoff; finished jobs are kept a day for
 * operators, failed ones a week.
 */
export function exportJobOptions(exportId: string): JobsOptions {
  return {
    jobId: exportId,
    attempts: 3,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
