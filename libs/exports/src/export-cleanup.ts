import { Injectable, Logger } from '@nestjs/common';
import { EXPORT_TIME_LIMIT_MS, STALE_PART_MS } from './export-job-options';
import { ExportRunner } from './export-runner';
import { ExportsRepository } from './exports.repository';

export interface CleanUpOutcome {
  expired: number;
  staleParts: number;
  /** Files of exports that are gone (deleted with their study) or not done. */
  orphans: number;
  abandoned: number;
}

/** How long an export may stay queued before we take its job for lost. */
const QUEUED_AT_MOST_MS = 24 * 3600_000;
/** A finished file is renamed a moment before its export is marked done: leave young files alone. */
const ORPHAN_AFTER_MS = 3600_000;

/**
 * Keeps the exports folder from growing: deletes the files of exports past their expiry (the rows
 * stay, marked expired), temporary files a dead worker left and files whose export is gone (its
 * study was deleted), and fails exports whose worker is gone.
 */
@Injectable()
export class ExportCleanup {
  private readonly logger = new Logger('ExportCleanup');

  constructor(
    private readonly exports: ExportsRepository,
    private readonly runner: ExportRunner,
  ) {}

  async cleanUp(now = new Date()): Promise<CleanUpOutcome> {
    const files = this.runner.files;
    const expired = await this.exports.expiredBy(now);
    for (const job of expired) {
      if (job.filePath) await files.remove(files.absolute(job.filePath));
      await this.exports.markExpired(job.id);
    }
    const staleParts = await files.staleParts(STALE_PART_MS);
    for (const path of staleParts) await files.remove(path);
    const finished = await files.finishedFiles(ORPHAN_AFTER_MS);
    const done = await this.exports.doneAmong(finished.map((file) => file.exportId));
    const orphans = finished.filter((file) => !done.has(file.exportId));
    for (const file of orphans) await files.remove(file.path);
    const longest = Math.max(...Object.values(EXPORT_TIME_LIMIT_MS));
    const abandoned = await this.exports.failAbandoned(
      new Date(now.getTime() - 2 * longest),
      new Date(now.getTime() - QUEUED_AT_MOST_MS),
      'The worker stopped while making this export: ask for it again',
    );
    if (expired.length || staleParts.length || orphans.length || abandoned) {
      this.logger.log(`expired ${expired.length} exports, removed ${staleParts.length + orphans.length} leftover files, failed ${abandoned} abandoned exports`);
    }
    return { expired: expired.length, staleParts: staleParts.length, orphans: orphans.length, abandoned };
  }
}
