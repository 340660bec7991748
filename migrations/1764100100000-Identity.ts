import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users (designers, evaluators and admins; respondents never log in), their login sessions and
 * their grants to studies.
 */
export class Identity1764100100000 implements MigrationInterface {
  name = 'Identity1764100100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "app_user" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" varchar(254) NOT NULL,
        "display_name" varchar(200) NOT NULL,
        "password_hash" text NOT NULL,
        "role" varchar(16) NOT NULL,
        "disabled_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_app_user" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_app_user_role" CHECK ("role" IN ('admin', 'designer', 'evaluator'))
      )`);
    // One account per address, whatever its case: Kari@Example.no and kari@example.no are one.
    await q.query(`CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user" (lower("email"))`);

    // Only a SHA-256 of the cookie's random token is stored: a copy of this table opens nothing.
    await q.query(`
      CREATE TABLE "user_session" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" bytea NOT NULL,
        "csrf_token" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "last_seen_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_user_session" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_user_session_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "IDX_user_session_user" ON "user_session" ("user_id")`);

    // study_id gets no foreign key here: the study table does not exist yet. The studies
    // migration adds FK_study_access_study.
    await q.query(`
      CREATE TABLE "study_access" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "study_id" uuid NOT NULL,
        "municipality_code" character(4),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_study_access" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_study_access_user_study" UNIQUE ("user_id", "study_id"),
        CONSTRAINT "FK_study_access_user" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_study_access_municipality" FOREIGN KEY ("municipality_code") REFERENCES "municipality" ("code") ON DELETE NO ACTION ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "IDX_study_access_study" ON "study_access" ("study_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "study_access"`);
    await q.query(`DROP TABLE "user_session"`);
    await q.query(`DROP TABLE "app_user"`);
  }
}
