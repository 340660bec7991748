import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Studies, their questionnaires and the questionnaires' versions. A version is a draft until it
 * is published; a published version's definition is frozen (a trigger refuses changes, so not
 * even a bug in the API can alter what respondents answered).
 */
export class Studies1764100200000 implements MigrationInterface {
  name = 'Studies1764100200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "study" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "disclosure_threshold" smallint NOT NULL DEFAULT 5,
        "reporting_minimum" smallint NOT NULL DEFAULT 10,
        "age_bands" jsonb NOT NULL,
        "languages" text array NOT NULL DEFAULT '{nb}',
        "free_text_export" boolean NOT NULL DEFAULT false,
        "unfinished_expiry_days" smallint NOT NULL DEFAULT 14,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_study" PRIMARY KEY ("id"),
        CONSTRAINT "FK_study_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "CHK_study_disclosure_threshold" CHECK ("disclosure_threshold" BETWEEN 1 AND 100),
        CONSTRAINT "CHK_study_reporting_minimum" CHECK ("reporting_minimum" BETWEEN 1 AND 1000),
        CONSTRAINT "CHK_study_languages" CHECK ('nb' = ANY("languages") AND "languages" <@ ARRAY['nb','nn','en']::text[]),
        CONSTRAINT "CHK_study_unfinished_expiry_days" CHECK ("unfinished_expiry_days" BETWEEN 1 AND 365)
      )`);
    await q.query(`
      ALTER TABLE "study_access"
        ADD CONSTRAINT "FK_study_access_study" FOREIGN KEY ("study_id") REFERENCES "study"("id") ON DELETE CASCADE`);
    await q.query(`
      CREATE TABLE "questionnaire" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "study_id" uuid NOT NULL,
        "title" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_questionnaire" PRIMARY KEY ("id"),
        CONSTRAINT "FK_questionnaire_study" FOREIGN KEY ("study_id") REFERENCES "study"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "IDX_questionnaire_study_id" ON "questionnaire" ("study_id")`);
    await q.query(`
      CREATE TABLE "questionnaire_version" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "questionnaire_id" uuid NOT NULL,
        "version_number" integer NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'draft',
        "definition" jsonb NOT NULL,
        "content_hash" char(64),
        "based_on_version_id" uuid,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "published_at" timestamptz,
        CONSTRAINT "PK_questionnaire_version" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_questionnaire_version_number" UNIQUE ("questionnaire_id", "version_number"),
        CONSTRAINT "FK_questionnaire_version_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_questionnaire_version_based_on" FOREIGN KEY ("based_on_version_id") REFERENCES "questionnaire_version"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_questionnaire_version_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "CHK_questionnaire_version_status" CHECK ("status" IN ('draft', 'published')),
        CONSTRAINT "CHK_questionnaire_version_published" CHECK (("status" = 'published') = ("content_hash" IS NOT NULL AND "published_at" IS NOT NULL))
      )`);
    await q.query(`
      CREATE FUNCTION "questionnaire_version_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD."status" = 'published' AND (NEW."definition" IS DISTINCT FROM OLD."definition"
            OR NEW."status" IS DISTINCT FROM OLD."status" OR NEW."content_hash" IS DISTINCT FROM OLD."content_hash") THEN
          RAISE EXCEPTION 'questionnaire version % is published and cannot change', OLD."id" USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER "TRG_questionnaire_version_frozen" BEFORE UPDATE ON "questionnaire_version"
        FOR EACH ROW EXECUTE FUNCTION "questionnaire_version_frozen"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_questionnaire_version_frozen" ON "questionnaire_version"`);
    await q.query(`DROP FUNCTION "questionnaire_version_frozen"()`);
    await q.query(`DROP TABLE "questionnaire_version"`);
    await q.query(`DROP TABLE "questionnaire"`);
    await q.query(`ALTER TABLE "study_access" DROP CONSTRAINT "FK_study_access_study"`);
    await q.query(`DROP TABLE "study"`);
  }
}
