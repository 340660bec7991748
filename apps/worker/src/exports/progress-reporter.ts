import type { ExportProgress, ExportsRepository } from '@stemme/exports';
import type { Job } from 'bullmq';

/** The UI polls a few times a second at most; more writes would only load the database. */
const EVERY_MS = 500;

/**
 * Reports an export's progress to its BullMQ job and to its row, at most every 500 ms, never two
 * writes at once (a later report replaces one that waits), and never failing the export.
 */
export function progressReporter(job: Job, exports: ExportsRepository, exportId: string): { report: ExportProgress; flushed: () => Promise<void> } {
  let last = 0;
  let writing: Promise<void> = Promise.resolve();
  let waiting: { percent: number; stage: string } | null = null;
  const write = async (): Promise<void> => {
    while (waiting) {
      const { percent, stage } = waiting;
      waiting = null;
      await Promise.all([job.updateProgress({ percent: Math.round(percent), stage }), exports.reportProgress(exportId, percent, stage)]).catch(() => undefined);
    }
  };
  return {
    report: (percent, stage) => {
      const now = Date.now();
      if (now - last < EVERY_MS) return;
      last = now;
      const idle = waiting === null;
      waiting = { percent: Math.min(99, Math.max(0, percent)), stage };
      if (idle) writing = writing.then(write);
    },
    flushed: () => writing,
  };
}
