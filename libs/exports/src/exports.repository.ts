import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExportDownload } from './export-download.entity';
import { ExportJob } from './export-job.entity';
import type { ExportKind, ExportOptions } from './export-kinds';

export interface NewExport {
  studyId: string;
  kind: ExportKind;
  options: ExportOptions;
  requestedBy: string | null;
}

export interface ExportFile {
  fileName: string;
  /** Relative to the data directory. */
  filePath: string;
  fileSize: number;
  contentType: string;
}

/** All SQL of export jobs and their download log. */
@Injectable()
export class ExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(job: NewExport): Promise<ExportJob> {
    const repository = this.dataSource.getRepository(ExportJob);
    return repository.save(repository.create({ ...job, status: 'queued', stage: '' }));
  }

  findById(id: string): Promise<ExportJob | null> {
    return this.dataSource.getRepository(ExportJob).findOneBy({ id });
  }

  /** The study's exports, newest first. */
  listOfStudy(studyId: string, limit = 200): Promise<ExportJob[]> {
    return this.dataSource.getRepository(ExportJob).find({ where: { studyId }, order: { createdAt: 'DESC', id: 'ASC' }, take: limit });
  }

  /** Marks a queued (or retried) export running; null when it is done, failed or expired already (a job that ran twice). */
  async markRunning(id: string, stage: string): Promise<ExportJob | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE "export_job" SET "status" = 'running', "progress" = 0, "stage" = $2, "error_message" = NULL, "started_at" = coalesce("started_at", now())
        WHERE "id" = $1 AND "status" IN ('queued', 'running') RETURNING "id"`,
      [id, stage],
    );
    return rows.length ? this.findById(id) : null;
  }

  async reportProgress(id: string, percent: number, stage: string): Promise<void> {
    await this.dataSource.query(`UPDATE "export_job" SET "progress" = $2, "stage" = $3 WHERE "id" = $1 AND "status" = 'running'`, [id, Math.round(percent), stage.slice(0, 200)]);
  }

  /** Answers false when the export was no longer running (then the caller deletes the file it made). */
  async markDone(id: string, file: ExportFile, expiresAt: Date): Promise<boolean> {
    const [, affected] = await this.dataSource.query(
      `UPDATE "export_job" SET "status" = 'done', "progress" = 100, "stage" = '', "file_name" = $2, "file_path" = $3, "file_size" = $4,
              "content_type" = $5, "finished_at" = now(), "expires_at" = $6
        WHERE "id" = $1 AND "status" = 'running'`,
      [id, file.fileName, file.filePath, file.fileSize, file.contentType, expiresAt],
    );
    return affected > 0;
  }

  async markFailed(id: string, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "export_job" SET "status" = 'failed', "stage" = '', "error_message" = $2, "finished_at" = now() WHERE "id" = $1 AND "status" IN ('queued', 'running')`,
      [id, message.slice(0, 1000)],
    );
  }

  /** A transient failure: back to queued until BullMQ's next attempt. */
  async markRetrying(id: string, stage: string): Promise<void> {
    await this.dataSource.query(`UPDATE "export_job" SET "status" = 'queued', "progress" = 0, "stage" = $2 WHERE "id" = $1 AND "status" = 'running'`, [id, stage.slice(0, 200)]);
  }

  /** Finished exports past their expiry, oldest first. */
  expiredBy(now: Date, limit = 500): Promise<ExportJob[]> {
    return this.dataSource
      .getRepository(ExportJob)
      .createQueryBuilder('job')
      .where(`job.status = 'done' AND job.expires_at <= :now`, { now })
      .orderBy('job.expires_at', 'ASC')
      .take(limit)
      .getMany();
  }

  async markExpired(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE "export_job" SET "status" = 'expired', "file_path" = NULL WHERE "id" = $1 AND "status" = 'done'`, [id]);
  }

  /**
   * Fails exports whose worker is gone: running since before `runningBefore` (longer than any
   * time limit) or still queued since before `queuedBefore` (their job was lost). Answers how many.
   */
  async failAbandoned(runningBefore: Date, queuedBefore: Date, message: string): Promise<number> {
    const [, affected] = await this.dataSource.query(
      `UPDATE "export_job" SET "status" = 'failed', "stage" = '', "error_message" = $3, "finished_at" = now()
        WHERE ("status" = 'running' AND "started_at" < $1) OR ("status" = 'queued' AND "created_at" < $2)`,
      [runningBefore, queuedBefore, message],
    );
    return affected;
  }

  /** Which of these ids are exports that are done (and so have a file). */
  async doneAmong(ids: readonly string[]): Promise<Set<string>> {
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (valid.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(`SELECT "id" FROM "export_job" WHERE "id" = ANY($1::uuid[]) AND "status" = 'done'`, [valid]);
    return new Set(rows.map((row) => row.id));
  }

  async recordDownload(exportId: string, userId: string): Promise<void> {
    await this.dataSource.getRepository(ExportDownload).insert({ exportId, userId });
  }

  downloadsOf(exportId: string): Promise<ExportDownload[]> {
    return this.dataSource.getRepository(ExportDownload).find({ where: { exportId }, order: { downloadedAt: 'ASC' } });
  }
}
