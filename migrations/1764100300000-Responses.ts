import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Submitted responses. Nothing here points to a person: no IP address, no user agent, no time of
 * day (the date only), no invitation code. Answers are stored positionally (see
 * libs/responses/src/response-layout.ts); free text sits apart and never enters statistics.
 */
export class Responses1764100300000 implements MigrationInterface {
  name = 'Responses1764100300000';

  async up(q: QueryRunner): Promise<void> {
    // The id of the current transaction, as a bigint (xid8 never wraps around).
    await q.query(`CREATE FUNCTION "current_txid"() RETURNS bigint LANGUAGE sql VOLATILE AS 'SELECT pg_current_xact_id()::text::bigint'`);
    await q.query(`
      CREATE TABLE "response" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "study_id" uuid NOT NULL,
        "questionnaire_version_id" uuid NOT NULL,
        "submission_id" uuid NOT NULL,
        "link_id" uuid,
        "municipality_code" char(4),
        "municipality_code_given" char(4),
        "county_code" char(2),
        "age_band" smallint,
        "submitted_on" date NOT NULL,
        "answers" integer array NOT NULL,
        "texts" jsonb,
        "created_txid" bigint NOT NULL DEFAULT current_txid(),
        CONSTRAINT "PK_response" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_response_submission" UNIQUE ("submission_id"),
        CONSTRAINT "FK_response_study" FOREIGN KEY ("study_id") REFERENCES "study"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_response_version" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_version"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_response_municipality" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code"),
        CONSTRAINT "FK_response_county" FOREIGN KEY ("county_code") REFERENCES "county"("code"),
        CONSTRAINT "CHK_response_age_band" CHECK ("age_band" >= 0)
      )`);
    await q.query(`CREATE INDEX "IDX_response_version_txid" ON "response" ("questionnaire_version_id", "created_txid")`);
    await q.query(`CREATE INDEX "IDX_response_study_submitted_on" ON "response" ("study_id", "submitted_on")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "response"`);
    await q.query(`DROP FUNCTION "current_txid"()`);
  }
}
