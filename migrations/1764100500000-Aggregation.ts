import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The count cube that statistics are read from, and where folding has got to per study.
 *
 * - `answer_tally`: respondents per answer value, one row per questionnaire version, answer slot
 *   (position in `response.answers`), value, municipality, county and age band. Option counts,
 *   "don't know", multiple-choice ticks and number histograms are all the same thing here; n, sums
 *   and medians follow from the histogram, and missing answers from `response_tally`.
 * - `response_tally`: respondents per version, municipality, county and age band (group sizes).
 * - `response_day_tally`: respondents per version, day, municipality and county (monitoring).
 * - `aggregation_state`: the fold's watermark per study (see libs/aggregation/README.md).
 *
 * A NULL municipality with a county is a response under a code that split (shown as its own
 * group, never guessed); NULL in both is an unknown place. The unique indexes treat NULLs as
 * equal (PostgreSQL 15) so that a fold can add to a row with INSERT … ON CONFLICT. The cube is
 * derived data, rebuilt from the responses on demand: no foreign keys to the register, and a
 * lower fill factor so that adding to a count is a HOT update that leaves the indexes alone.
 */
export class Aggregation1764100500000 implements MigrationInterface {
  name = 'Aggregation1764100500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "aggregation_state" (
        "study_id" uuid NOT NULL,
        "watermark_txid" bigint NOT NULL DEFAULT 0,
        "pending_txids" bigint array NOT NULL DEFAULT '{}',
        "folded_count" bigint NOT NULL DEFAULT 0,
        "folded_at" timestamptz,
        "checked_at" timestamptz,
        "rebuilt_at" timestamptz,
        CONSTRAINT "PK_aggregation_state" PRIMARY KEY ("study_id"),
        CONSTRAINT "FK_aggregation_state_study" FOREIGN KEY ("study_id") REFERENCES "study"("id") ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE "answer_tally" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "questionnaire_version_id" uuid NOT NULL,
        "slot" smallint NOT NULL,
        "value" integer NOT NULL,
        "municipality_code" char(4),
        "county_code" char(2),
        "age_band" smallint,
        "n" integer NOT NULL,
        CONSTRAINT "PK_answer_tally" PRIMARY KEY ("id"),
        CONSTRAINT "FK_answer_tally_version" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_version"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_answer_tally_n" CHECK ("n" > 0)
      ) WITH (fillfactor = 80)`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_answer_tally_cell" ON "answer_tally" ("questionnaire_version_id", "slot", "value", "municipality_code", "county_code", "age_band") NULLS NOT DISTINCT`,
    );
    await q.query(`
      CREATE TABLE "response_tally" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "questionnaire_version_id" uuid NOT NULL,
        "municipality_code" char(4),
        "county_code" char(2),
        "age_band" smallint,
        "n" integer NOT NULL,
        CONSTRAINT "PK_response_tally" PRIMARY KEY ("id"),
        CONSTRAINT "FK_response_tally_version" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_version"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_response_tally_n" CHECK ("n" > 0)
      ) WITH (fillfactor = 80)`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_response_tally_group" ON "response_tally" ("questionnaire_version_id", "municipality_code", "county_code", "age_band") NULLS NOT DISTINCT`,
    );
    await q.query(`
      CREATE TABLE "response_day_tally" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "questionnaire_version_id" uuid NOT NULL,
        "submitted_on" date NOT NULL,
        "municipality_code" char(4),
        "county_code" char(2),
        "n" integer NOT NULL,
        CONSTRAINT "PK_response_day_tally" PRIMARY KEY ("id"),
        CONSTRAINT "FK_response_day_tally_version" FOREIGN KEY ("questionnaire_version_id") REFERENCES "questionnaire_version"("id") ON DELETE CASCADE,
        CONSTRAINT "CHK_response_day_tally_n" CHECK ("n" > 0)
      ) WITH (fillfactor = 80)`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_response_day_tally_day" ON "response_day_tally" ("questionnaire_version_id", "submitted_on", "municipality_code", "county_code") NULLS NOT DISTINCT`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "response_day_tally"`);
    await q.query(`DROP TABLE "response_tally"`);
    await q.query(`DROP TABLE "answer_tally"`);
    await q.query(`DROP TABLE "aggregation_state"`);
  }
}
