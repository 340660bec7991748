import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports: files made by the worker for evaluators (results workbooks, municipality report packs,
 * raw data, charts) and the log of who downloaded them.
 *
 * - `export_job`: one requested export, its state as the worker goes (queued, running, done,
 *   failed, expired), progress for the UI to poll, and the finished file (a path under the data
 *   directory, never the file itself). Finished exports expire after a while: the file is deleted
 *   and the row kept, marked expired.
 * - `export_download`: who downloaded which export when. This is about staff, not respondents, so
 *   times of day are kept.
 */
export class Exports1764100600000 implements MigrationInterface {
  name = 'Exports1764100600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "export_job" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "study_id" uuid NOT NULL,
        "kind" varchar(32) NOT NULL,
        "options" jsonb NOT NULL DEFAULT '{}',
        "status" varchar(12) NOT NULL DEFAULT 'queued',
        "progress" smallint NOT NULL DEFAULT 0,
        "stage" varchar(200) NOT NULL DEFAULT '',
        "file_name" varchar(200),
        "file_path" varchar(500),
        "file_size" bigint,
        "content_type" varchar(100),
        "requested_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "started_at" timestamptz,
        "finished_at" timestamptz,
        "expires_at" timestamptz,
        "error_message" varchar(1000),
        CONSTRAINT "PK_export_job" PRIMARY KEY ("id"),
        CONSTRAINT "FK_export_job_study" FOREIGN KEY ("study_id") REFERENCES "study"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_export_job_requested_by" FOREIGN KEY ("requested_by") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "CHK_export_job_kind" CHECK ("kind" IN ('results_workbook', 'municipality_reports', 'raw_data', 'charts')),
        CONSTRAINT "CHK_export_job_status" CHECK ("status" IN ('queued', 'running', 'done', 'failed', 'expired')),
        CONSTRAINT "CHK_export_job_progress" CHECK ("progress" BETWEEN 0 AND 100),
        CONSTRAINT "CHK_export_job_file" CHECK (("status" = 'done') = ("file_path" IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX "IDX_export_job_study_created" ON "export_job" ("study_id", "created_at")`);
    await q.query(`CREATE INDEX "IDX_export_job_status_expires" ON "export_job" ("status", "expires_at")`);

    await q.query(`
      CREATE TABLE "export_download" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "export_id" uuid NOT NULL,
        "user_id" uuid,
        "downloaded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_export_download" PRIMARY KEY ("id"),
        CONSTRAINT "FK_export_download_export" FOREIGN KEY ("export_id") REFERENCES "export_job"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_export_download_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "IDX_export_download_export" ON "export_download" ("export_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "export_download"`);
    await q.query(`DROP TABLE "export_job"`);
  }
}
