import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Distribution: links into a published questionnaire version, single-use invitation codes, and
 * the drafts of forms being filled in.
 *
 * Privacy by construction (docs/PRIVACY.md): an invitation code is stored only as a hash with a
 * used flag; a draft holds dates, never a time of day; no table points from a code to a draft
 * or a response.
 */
export class Distribution1764100400000 implements MigrationInterface {
  name = 'Distribution1764100400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "survey_link" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "study_id" uuid NOT NULL,
        "questionnaire_version_id" uuid NOT NULL,
        "token" varchar(32) NOT NULL,
        "kind" varchar(12) NOT NULL,
        "municipality_code" char(4),
        "label" varchar(200) NOT NULL,
        "opens_at" timestamptz NOT NULL,
        "closes_at" timestamptz NOT NULL,
        "response_cap" integer,
        "paused" boolean NOT NULL DEFAULT false,
        "invitation_only" boolean NOT NULL DEFAULT false,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_survey_link" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_survey_link_token" UNIQUE ("token"),
        CONSTRAINT "FK_survey_link_study" FOREIGN KEY ("study_id") REFERENCES "study"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_survey_link_version" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_version"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_survey_link_municipality" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code"),
        CONSTRAINT "FK_survey_link_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "CHK_survey_link_kind" CHECK ("kind" IN ('study', 'municipality')),
        CONSTRAINT "CHK_survey_link_municipality" CHECK (("kind" = 'municipality') = ("municipality_code" IS NOT NULL)),
        CONSTRAINT "CHK_survey_link_period" CHECK ("closes_at" > "opens_at"),
        CONSTRAINT "CHK_survey_link_cap" CHECK ("response_cap" IS NULL OR "response_cap" > 0)
      )`);
    await q.query(`CREATE INDEX "IDX_survey_link_study" ON "survey_link" ("study_id")`);

    // Only capped links have a row: uncapped submissions never wait for one hot row.
    await q.query(`
      CREATE TABLE "survey_link_quota" (
        "link_id" uuid NOT NULL,
        "used" integer NOT NULL DEFAULT 0,
        CONSTRAINT "PK_survey_link_quota" PRIMARY KEY ("link_id"),
        CONSTRAINT "FK_survey_link_quota_link" FOREIGN KEY ("link_id") REFERENCES "survey_link"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_survey_link_quota_used" CHECK ("used" >= 0)
      )`);

    await q.query(`
      CREATE TABLE "invitation_batch" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "link_id" uuid NOT NULL,
        "label" varchar(200) NOT NULL DEFAULT '',
        "code_count" integer NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_invitation_batch" PRIMARY KEY ("id"),
        CONSTRAINT "FK_invitation_batch_link" FOREIGN KEY ("link_id") REFERENCES "survey_link"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_invitation_batch_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "CHK_invitation_batch_code_count" CHECK ("code_count" > 0)
      )`);
    await q.query(`CREATE INDEX "IDX_invitation_batch_link" ON "invitation_batch" ("link_id")`);

    // A hash and a flag: no time of use, nothing pointing to a draft or a response.
    await q.query(`
      CREATE TABLE "invitation_code" (
        "code_hash" char(64) NOT NULL,
        "batch_id" uuid NOT NULL,
        "used" boolean NOT NULL DEFAULT false,
        CONSTRAINT "PK_invitation_code" PRIMARY KEY ("code_hash"),
        CONSTRAINT "FK_invitation_code_batch" FOREIGN KEY ("batch_id") REFERENCES "invitation_batch"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_invitation_code_batch" ON "invitation_code" ("batch_id")`);

    await q.query(`
      CREATE TABLE "response_draft" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "link_id" uuid NOT NULL,
        "submission_id" uuid NOT NULL,
        "csrf_token" varchar(64) NOT NULL,
        "language" varchar(2) NOT NULL,
        "page_id" varchar(63),
        "answers" jsonb NOT NULL DEFAULT '{}',
        "admitted" boolean NOT NULL,
        "submitted" boolean NOT NULL DEFAULT false,
        "resume_code_hash" char(64),
        "expires_on" date NOT NULL,
        CONSTRAINT "PK_response_draft" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_response_draft_submission" UNIQUE ("submission_id"),
        CONSTRAINT "UQ_response_draft_resume_code" UNIQUE ("resume_code_hash"),
        CONSTRAINT "FK_response_draft_link" FOREIGN KEY ("link_id") REFERENCES "survey_link"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_response_draft_language" CHECK ("language" IN ('nb', 'nn', 'en'))
      )`);
    await q.query(`CREATE INDEX "IDX_response_draft_expires_on" ON "response_draft" ("expires_on")`);

    // Checked at the end of the statement (NO ACTION), so deleting a study removes its
    // responses and links in either order.
    await q.query(`ALTER TABLE "response" ADD CONSTRAINT "FK_response_link" FOREIGN KEY ("link_id") REFERENCES "survey_link"("id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "response" DROP CONSTRAINT "FK_response_link"`);
    await q.query(`DROP TABLE "response_draft"`);
    await q.query(`DROP TABLE "invitation_code"`);
    await q.query(`DROP TABLE "invitation_batch"`);
    await q.query(`DROP TABLE "survey_link_quota"`);
    await q.query(`DROP TABLE "survey_link"`);
  }
}
