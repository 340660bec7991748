import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnprocessableError } from '@stemme/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AggregationState } from '../aggregation-state.entity';
import {
  CLEAR_CUBE,
  CURRENT_SNAPSHOT,
  ENSURE_STATE,
  FOLD_ANSWER_TALLY,
  FOLD_RESPONSE_DAY_TALLY,
  FOLD_RESPONSE_TALLY,
  INSERT_REBUILT_ANSWER_COUNT,
  INSERT_REBUILT_GROUPS,
  LOCK_STATE,
  REBUILT_RESPONSES,
  rebuildAnswerCount,
  rebuildGroupCount,
  STUDY_VERSIONS,
  VACUUM_CUBE,
} from './cube-sql';
import { advance, FoldWindow, fromScratch, windowParameters } from './fold-window';

/** Called as a fold or rebuild goes: percent done and a short stage text (for job progress). */
export type ProgressListener = (percent: number, stage: string) => unknown;

export interface FoldOutcome {
  /** Responses counted by this fold. */
  readonly responses: number;
  readonly watermark: string;
  readonly pending: number;
}

export interface RebuildOptions {
  /** work_mem for the rebuild's transaction, so the grouping stays in memory. */
  readonly workMem?: string;
  readonly onProgress?: ProgressListener;
}

export const DEFAULT_REBUILD_WORK_MEM = '256MB';
/** A fold waits at most this long for a rebuild of the same study to finish. */
const LOCK_TIMEOUT = '5min';

/**
 * Keeps the count cube: folds new responses in, or rebuilds a study's cube from its responses.
 * Both run in one transaction holding the study's aggregation_state row, so two workers folding
 * the same study take turns and nothing is ever counted twice.
 */
@Injectable()
export class AggregationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts every settled response of the study not counted yet. */
  async fold(studyId: string, onProgress: ProgressListener = () => undefined): Promise<FoldOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await onProgress(5, 'waiting for the study’s fold lock');
      const current = await this.lockState(manager, studyId);
      const versions = await this.versionIds(manager, studyId);
      const window: FoldWindow = { ...current, ...(await this.snapshot(manager)) };
      await onProgress(20, 'counting respondents');
      const responses = await this.countWindow(manager, versions, window);
      if (responses > 0) {
        await onProgress(40, 'counting answers');
        await manager.query(FOLD_ANSWER_TALLY, [versions, ...windowParameters(window)]);
        await manager.query(FOLD_RESPONSE_DAY_TALLY, [versions, ...windowParameters(window)]);
      }
      const next = advance(window);
      await manager.query(
        `UPDATE "aggregation_state"
            SET "watermark_txid" = $2, "pending_txids" = $3::bigint[], "folded_count" = "folded_count" + $4,
                "folded_at" = CASE WHEN $4 > 0 THEN clock_timestamp() ELSE "folded_at" END, "checked_at" = clock_timestamp()
          WHERE "study_id" = $1`,
        [studyId, String(next.watermark), next.pending.map(String), responses],
      );
      await onProgress(100, responses > 0 ? `counted ${responses} new responses` : 'no new responses');
      return { responses, watermark: String(next.watermark), pending: next.pending.length };
    });
  }

  /**
   * Replaces the study's cube with one counted from all its settled responses, in one transaction:
   * readers see the old cube until it commits. Folds wait meanwhile and then carry on from here.
   */
  async rebuild(studyId: string, options: RebuildOptions = {}): Promise<FoldOutcome> {
    const onProgress = options.onProgress ?? (() => undefined);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('work_mem', $1, true)`, [options.workMem ?? DEFAULT_REBUILD_WORK_MEM]);
      await onProgress(2, 'waiting for the study’s fold lock');
      await this.lockState(manager, studyId);
      const versions = await this.versionIds(manager, studyId);
      const snapshot = await this.snapshot(manager);
      const window = fromScratch(snapshot.horizon, snapshot.running);
      await onProgress(5, 'clearing the old counts');
      for (const statement of CLEAR_CUBE) await manager.query(statement, [versions]);
      await onProgress(10, 'counting respondents');
      await manager.query(rebuildGroupCount(versions, window.horizon, window.running));
      for (const statement of INSERT_REBUILT_GROUPS) await manager.query(statement);
      const [{ responses }]: { responses: string }[] = await manager.query(REBUILT_RESPONSES);
      await onProgress(20, 'counting answers');
      await manager.query(rebuildAnswerCount(versions, window.horizon, window.running));
      await onProgress(85, 'storing the counts');
      await manager.query(INSERT_REBUILT_ANSWER_COUNT);
      const next = advance(window);
      await manager.query(
        `UPDATE "aggregation_state"
            SET "watermark_txid" = $2, "pending_txids" = $3::bigint[], "folded_count" = $4,
                "folded_at" = clock_timestamp(), "checked_at" = clock_timestamp(), "rebuilt_at" = clock_timestamp()
          WHERE "study_id" = $1`,
        [studyId, String(next.watermark), next.pending.map(String), responses],
      );
      await onProgress(100, `counted ${responses} responses`);
      return { responses: Number(responses), watermark: String(next.watermark), pending: next.pending.length };
    });
  }

  /** Run after a rebuild: its DELETE left the old rows behind; VACUUM cannot run inside a transaction. */
  async vacuumCube(): Promise<void> {
    await this.dataSource.query(VACUUM_CUBE);
  }

  findState(studyId: string): Promise<AggregationState | null> {
    return this.dataSource.getRepository(AggregationState).findOneBy({ studyId });
  }

  /** Whether committed responses of the study wait to be folded (e.g. arrived during a fold). */
  async hasUnfolded(studyId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM "questionnaire_version" v
           JOIN "questionnaire" q ON q."id" = v."questionnaire_id"
           LEFT JOIN "aggregation_state" a ON a."study_id" = q."study_id"
          WHERE q."study_id" = $1 AND (
                EXISTS (SELECT 1 FROM "response" r WHERE r."questionnaire_version_id" = v."id" AND r."created_txid" >= coalesce(a."watermark_txid", 0))
             OR EXISTS (SELECT 1 FROM "response" r WHERE r."questionnaire_version_id" = v."id" AND r."created_txid" = ANY(coalesce(a."pending_txids", '{}'))))
       ) AS "behind"`,
      [studyId],
    );
    return row.behind;
  }

  /** Studies with committed responses that no fold has counted yet: what the sweep catches up on. */
  /**
   * Studies whose cube folds have added to since it was last rebuilt (or that were never
   * rebuilt): folded rows are appended out of the index order a rebuild writes, so reads of such
   * a cube slow down until it is rebuilt.
   */
  async studiesFoldedSinceRebuild(): Promise<string[]> {
    const rows: { studyId: string }[] = await this.dataSource.query(
      `SELECT "study_id" AS "studyId" FROM "aggregation_state"
        WHERE "folded_at" IS NOT NULL AND ("rebuilt_at" IS NULL OR "folded_at" > "rebuilt_at")
        ORDER BY 1`,
    );
    return rows.map((row) => row.studyId);
  }

  async studiesBehind(): Promise<string[]> {
    const rows: { studyId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT q."study_id" AS "studyId"
         FROM "questionnaire_version" v
         JOIN "questionnaire" q ON q."id" = v."questionnaire_id"
         LEFT JOIN "aggregation_state" a ON a."study_id" = q."study_id"
        WHERE v."status" = 'published' AND (
              EXISTS (SELECT 1 FROM "response" r WHERE r."questionnaire_version_id" = v."id" AND r."created_txid" >= coalesce(a."watermark_txid", 0))
           OR EXISTS (SELECT 1 FROM "response" r WHERE r."questionnaire_version_id" = v."id" AND r."created_txid" = ANY(coalesce(a."pending_txids", '{}'))))
        ORDER BY 1`,
    );
    return rows.map((row) => row.studyId);
  }

  private async lockState(manager: EntityManager, studyId: string): Promise<Pick<FoldWindow, 'watermark' | 'pending'>> {
    await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [LOCK_TIMEOUT]);
    await manager.query(ENSURE_STATE, [studyId]);
    const [state]: { watermark: string; pending: string[] }[] = await manager.query(LOCK_STATE, [studyId]);
    // A study deleted after its fold was queued: retrying would fail the same way.
    if (!state) throw new UnprocessableError(`There is no study ${studyId} to aggregate`);
    return { watermark: BigInt(state.watermark), pending: state.pending.map(BigInt) };
  }

  private async versionIds(manager: EntityManager, studyId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(STUDY_VERSIONS, [studyId]);
    return rows.map((row) => row.id);
  }

  private async snapshot(manager: EntityManager): Promise<Pick<FoldWindow, 'horizon' | 'running'>> {
    const [row]: { horizon: string; running: string[] }[] = await manager.query(CURRENT_SNAPSHOT);
    return { horizon: BigInt(row.horizon), running: row.running.map(BigInt) };
  }

  private async countWindow(manager: EntityManager, versions: string[], window: FoldWindow): Promise<number> {
    const [row]: { responses: string }[] = await manager.query(FOLD_RESPONSE_TALLY, [versions, ...windowParameters(window)]);
    return Number(row.responses);
  }
}
