import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuestionnaireDefinition } from '@stemme/questionnaire';
import { DataSource, EntityManager } from 'typeorm';

/** Respondents in one municipality (or none: split or unknown), county and age band. */
export interface GroupSizeRow {
  municipalityCode: string | null;
  countyCode: string | null;
  ageBand: number | null;
  n: number;
}

/** Respondents who gave `value` to the slots marked `key`, in one group (summed over versions). */
export interface AnswerCountRow extends GroupSizeRow {
  key: number;
  value: number;
}

/** Which slots of which version to read, and the key their counts are summed under. */
export interface SlotSelection {
  versionId: string;
  slot: number;
  key: number;
}

/** Which dimensions to keep; the others are summed away in SQL. */
export interface CubeDimensions {
  municipality: boolean;
  county: boolean;
  ageBand: boolean;
}

export interface PublishedVersionRow {
  id: string;
  questionnaireId: string;
  versionNumber: number;
}

export interface CubeGeneration {
  foldedCount: number;
  foldedAt: Date | null;
  checkedAt: Date | null;
  rebuiltAt: Date | null;
}

export interface DaySizeRow {
  submittedOn: string;
  municipalityCode: string | null;
  countyCode: string | null;
  n: number;
}

/**
 * Reads the count cube for the statistics API. Call the reads inside `consistentRead` so that
 * group sizes and answer counts come from the same folds.
 */
@Injectable()
export class CubeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in a read-only REPEATABLE READ transaction: one snapshot for every read. */
  consistentRead<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return work(manager);
    });
  }

  /** What the study's cube holds now; the key under which anything computed from it may be kept. */
  async generation(manager: EntityManager | null, studyId: string): Promise<CubeGeneration> {
    manager ??= this.dataSource.manager;
    const [row] = await manager.query(
      `SELECT "folded_count"::text AS "foldedCount", "folded_at" AS "foldedAt", "checked_at" AS "checkedAt", "rebuilt_at" AS "rebuiltAt"
         FROM "aggregation_state" WHERE "study_id" = $1`,
      [studyId],
    );
    return row ? { ...row, foldedCount: Number(row.foldedCount) } : { foldedCount: 0, foldedAt: null, checkedAt: null, rebuiltAt: null };
  }

  /** The study's published versions, oldest first per questionnaire (no definitions: those never change, callers keep them). */
  async publishedVersions(studyId: string): Promise<PublishedVersionRow[]> {
    return this.dataSource.query(
      `SELECT v."id", v."questionnaire_id" AS "questionnaireId", v."version_number" AS "versionNumber"
         FROM "questionnaire_version" v JOIN "questionnaire" q ON q."id" = v."questionnaire_id"
        WHERE q."study_id" = $1 AND v."status" = 'published'
        ORDER BY q."created_at", q."id", v."version_number"`,
      [studyId],
    );
  }

  /** The definitions of published versions (frozen once published). */
  async definitions(versionIds: readonly string[]): Promise<{ id: string; definition: QuestionnaireDefinition }[]> {
    if (versionIds.length === 0) return [];
    return this.dataSource.query(`SELECT "id", "definition" FROM "questionnaire_version" WHERE "id" = ANY($1::uuid[]) AND "status" = 'published'`, [versionIds]);
  }

  /** Respondents per municipality, county and age band over the versions given. */
  async groupSizes(manager: EntityManager, versionIds: readonly string[]): Promise<GroupSizeRow[]> {
    const rows: GroupSizeRow[] = await manager.query(
      `SELECT "municipality_code" AS "municipalityCode", "county_code" AS "countyCode", "age_band" AS "ageBand", sum("n")::int AS "n"
         FROM "response_tally" WHERE "questionnaire_version_id" = ANY($1::uuid[])
        GROUP BY 1, 2, 3`,
      [versionIds],
    );
    return rows;
  }

  /** Answer counts of the selected slots, summed over versions to the dimensions asked for. */
  async answerCounts(manager: EntityManager, slots: readonly SlotSelection[], keep: CubeDimensions): Promise<AnswerCountRow[]> {
    if (slots.length === 0) return [];
    return manager.query(
      `SELECT s."key", t."value",
              CASE WHEN $4 THEN t."municipality_code" END AS "municipalityCode",
              CASE WHEN $5 THEN t."county_code" END AS "countyCode",
              CASE WHEN $6 THEN t."age_band" END AS "ageBand",
              sum(t."n")::int AS "n"
         FROM unnest($1::uuid[], $2::smallint[], $3::int[]) AS s("version_id", "slot", "key")
         JOIN "answer_tally" t ON t."questionnaire_version_id" = s."version_id" AND t."slot" = s."slot"
        GROUP BY 1, 2, 3, 4, 5`,
      [slots.map((s) => s.versionId), slots.map((s) => s.slot), slots.map((s) => s.key), keep.municipality, keep.county, keep.ageBand],
    );
  }

  /** Respondents per day, municipality and county, for monitoring. */
  async daySizes(manager: EntityManager, versionIds: readonly string[]): Promise<DaySizeRow[]> {
    return manager.query(
      `SELECT to_char("submitted_on", 'YYYY-MM-DD') AS "submittedOn", "municipality_code" AS "municipalityCode", "county_code" AS "countyCode", sum("n")::int AS "n"
         FROM "response_day_tally" WHERE "questionnaire_version_id" = ANY($1::uuid[])
        GROUP BY 1, 2, 3 ORDER BY 1, 2`,
      [versionIds],
    );
  }

  /**
   * Cross-tab pairs over the raw responses (computed on demand; not in the cube): how many gave
   * each answer to one slot together with each answer to another, per version's slots. Limited
   * to some municipalities or a county when given.
   */
  async answerPairs(
    pairs: readonly { versionId: string; answerSlot: number; backgroundSlot: number }[],
    where: { municipalityCodes?: readonly string[]; countyCode?: string },
  ): Promise<{ answer: number; background: number; n: number }[]> {
    if (pairs.length === 0) return [];
    return this.dataSource.query(
      `SELECT r."answers"[s."answer_slot" + 1] AS "answer", r."answers"[s."background_slot" + 1] AS "background", count(*)::int AS "n"
         FROM unnest($1::uuid[], $2::int[], $3::int[]) AS s("version_id", "answer_slot", "background_slot")
         JOIN "response" r ON r."questionnaire_version_id" = s."version_id"
        WHERE ($4::text[] IS NULL OR r."municipality_code" = ANY($4::text[]))
          AND ($5::text IS NULL OR r."county_code" = $5::text)
          AND r."answers"[s."answer_slot" + 1] IS NOT NULL AND r."answers"[s."background_slot" + 1] IS NOT NULL
        GROUP BY 1, 2`,
      [pairs.map((p) => p.versionId), pairs.map((p) => p.answerSlot), pairs.map((p) => p.backgroundSlot), where.municipalityCodes ?? null, where.countyCode ?? null],
    );
  }
}
