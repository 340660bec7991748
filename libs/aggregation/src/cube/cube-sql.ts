/**
 * The SQL that keeps the count cube. Every statement reads "the responses of a window": those of
 * the study's versions whose inserting transaction is settled and not yet counted (see
 * libs/aggregation/README.md). Parameters: $1 version ids, $2 watermark, $3 horizon (the
 * snapshot's xmax), $4 transactions pending since the last fold, $5 transactions running now.
 *
 * The window is written as two index range scans joined by UNION ALL (never an OR, which would
 * scan every index entry of the study), so a fold of a few new responses reads only those.
 */
const windowOf = (columns: string): string => `(
    SELECT ${columns} FROM "response"
     WHERE "questionnaire_version_id" = ANY($1::uuid[])
       AND "created_txid" >= $2::bigint AND "created_txid" < $3::bigint
       AND "created_txid" <> ALL($5::bigint[])
    UNION ALL
    SELECT ${columns} FROM "response"
     WHERE "questionnaire_version_id" = ANY($1::uuid[])
       AND "created_txid" = ANY($4::bigint[])
       AND "created_txid" <> ALL($5::bigint[])
  )`;

/** Respondents per group, added to response_tally; answers how many responses it counted. */
export const FOLD_RESPONSE_TALLY = `
  WITH "grouped" AS (
    SELECT r."questionnaire_version_id", r."municipality_code", r."county_code", r."age_band", count(*)::int AS "n"
      FROM ${windowOf(`"questionnaire_version_id", "municipality_code", "county_code", "age_band"`)} r
     GROUP BY 1, 2, 3, 4
  ), "added" AS (
    INSERT INTO "response_tally" AS tally ("questionnaire_version_id", "municipality_code", "county_code", "age_band", "n")
    SELECT * FROM "grouped"
    ON CONFLICT ("questionnaire_version_id", "municipality_code", "county_code", "age_band") DO UPDATE SET "n" = tally."n" + excluded."n"
  )
  SELECT coalesce(sum("n"), 0)::bigint AS "responses" FROM "grouped"`;

/** Respondents per day, municipality and county, added to response_day_tally. */
export const FOLD_RESPONSE_DAY_TALLY = `
  INSERT INTO "response_day_tally" AS tally ("questionnaire_version_id", "submitted_on", "municipality_code", "county_code", "n")
  SELECT r."questionnaire_version_id", r."submitted_on", r."municipality_code", r."county_code", count(*)::int
    FROM ${windowOf(`"questionnaire_version_id", "submitted_on", "municipality_code", "county_code"`)} r
   GROUP BY 1, 2, 3, 4
  ON CONFLICT ("questionnaire_version_id", "submitted_on", "municipality_code", "county_code") DO UPDATE SET "n" = tally."n" + excluded."n"`;

/**
 * Respondents per answer value, slot and group, added to answer_tally: the answers array is
 * unnested with its positions, unanswered slots (NULL) are left out (missing = group size − answers).
 */
export const FOLD_ANSWER_TALLY = `
  INSERT INTO "answer_tally" AS tally ("questionnaire_version_id", "slot", "value", "municipality_code", "county_code", "age_band", "n")
  SELECT r."questionnaire_version_id", (answer."position" - 1)::smallint, answer."value", r."municipality_code", r."county_code", r."age_band", count(*)::int
    FROM ${windowOf(`"questionnaire_version_id", "municipality_code", "county_code", "age_band", "answers"`)} r
   CROSS JOIN LATERAL unnest(r."answers") WITH ORDINALITY AS answer("value", "position")
   WHERE answer."value" IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("questionnaire_version_id", "slot", "value", "municipality_code", "county_code", "age_band") DO UPDATE SET "n" = tally."n" + excluded."n"`;

/** The current snapshot's horizon and running transactions, as bigints. */
export const CURRENT_SNAPSHOT = `
  SELECT pg_snapshot_xmax(s)::text AS "horizon",
         ARRAY(SELECT pg_snapshot_xip(s)::text::bigint)::text[] AS "running"
    FROM pg_current_snapshot() s`;

/** Creates the study's state on its first fold (if the study exists), then locks it: folds and rebuilds of one study take turns. */
export const ENSURE_STATE = `INSERT INTO "aggregation_state" ("study_id") SELECT "id" FROM "study" WHERE "id" = $1 ON CONFLICT DO NOTHING`;
export const LOCK_STATE = `
  SELECT "watermark_txid"::text AS "watermark", "pending_txids"::text[] AS "pending"
    FROM "aggregation_state" WHERE "study_id" = $1 FOR UPDATE`;

export const STUDY_VERSIONS = `
  SELECT v."id" FROM "questionnaire_version" v JOIN "questionnaire" q ON q."id" = v."questionnaire_id"
   WHERE q."study_id" = $1 AND v."status" = 'published' ORDER BY v."id"`;

export const CLEAR_CUBE = ['answer_tally', 'response_tally', 'response_day_tally'].map(
  (table) => `DELETE FROM "${table}" WHERE "questionnaire_version_id" = ANY($1::uuid[])`,
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A rebuild counts every answer of a study at once (a million responses: 50 million answers).
 * CREATE TABLE AS may run in parallel (INSERT … SELECT may not, in PostgreSQL 15), so the
 * counting goes into a temporary table first and is copied into answer_tally after. A utility
 * statement takes no bind parameters, so the version ids and transaction ids are written in as
 * literals, after checking that they are exactly uuids and whole numbers.
 */
export function rebuildAnswerCount(versionIds: readonly string[], horizon: bigint, running: readonly bigint[]): string {
  for (const id of versionIds) if (!UUID.test(id)) throw new RangeError(`Not a uuid: ${id}`);
  return `
  CREATE TEMPORARY TABLE "rebuilt_answer_count" ON COMMIT DROP AS
  SELECT r."questionnaire_version_id", (answer."position" - 1)::smallint AS "slot", answer."value",
         r."municipality_code", r."county_code", r."age_band", count(*)::int AS "n"
    FROM "response" r
   CROSS JOIN LATERAL unnest(r."answers") WITH ORDINALITY AS answer("value", "position")
   WHERE r."questionnaire_version_id" = ANY('{${versionIds.join(',')}}'::uuid[])
     AND r."created_txid" < ${BigInt(horizon)}
     AND r."created_txid" <> ALL('{${running.map((txid) => BigInt(txid)).join(',')}}'::bigint[])
     AND answer."value" IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5, 6`;
}

/**
 * The rebuild's group sizes per day, counted in parallel like the answers; response_tally and
 * response_day_tally are both sums of it (a few thousand rows per day), so the responses are read
 * once for both instead of twice.
 */
export function rebuildGroupCount(versionIds: readonly string[], horizon: bigint, running: readonly bigint[]): string {
  for (const id of versionIds) if (!UUID.test(id)) throw new RangeError(`Not a uuid: ${id}`);
  return `
  CREATE TEMPORARY TABLE "rebuilt_group_count" ON COMMIT DROP AS
  SELECT r."questionnaire_version_id", r."submitted_on", r."municipality_code", r."county_code", r."age_band", count(*)::int AS "n"
    FROM "response" r
   WHERE r."questionnaire_version_id" = ANY('{${versionIds.join(',')}}'::uuid[])
     AND r."created_txid" < ${BigInt(horizon)}
     AND r."created_txid" <> ALL('{${running.map((txid) => BigInt(txid)).join(',')}}'::bigint[])
   GROUP BY 1, 2, 3, 4, 5`;
}

export const INSERT_REBUILT_GROUPS = [
  `INSERT INTO "response_tally" ("questionnaire_version_id", "municipality_code", "county_code", "age_band", "n")
   SELECT "questionnaire_version_id", "municipality_code", "county_code", "age_band", sum("n") FROM "rebuilt_group_count" GROUP BY 1, 2, 3, 4`,
  `INSERT INTO "response_day_tally" ("questionnaire_version_id", "submitted_on", "municipality_code", "county_code", "n")
   SELECT "questionnaire_version_id", "submitted_on", "municipality_code", "county_code", sum("n") FROM "rebuilt_group_count" GROUP BY 1, 2, 3, 4`,
];
export const REBUILT_RESPONSES = `SELECT coalesce(sum("n"), 0)::bigint AS "responses" FROM "rebuilt_group_count"`;

/**
 * The rebuilt counts into answer_tally, in index order, so that the rows of one question lie
 * together: reading a question by municipality × age band then touches a few hundred pages
 * instead of one page per row (6 ms instead of 90 ms for 10,000 rows, measured).
 */
export const INSERT_REBUILT_ANSWER_COUNT = `
  INSERT INTO "answer_tally" ("questionnaire_version_id", "slot", "value", "municipality_code", "county_code", "age_band", "n")
  SELECT * FROM "rebuilt_answer_count" ORDER BY 1, 2, 3, 4, 5, 6`;

/** After a rebuild (outside its transaction): the old rows' space back for reuse, and fresh statistics. */
export const VACUUM_CUBE = `VACUUM (ANALYZE) "answer_tally", "response_tally", "response_day_tally"`;
