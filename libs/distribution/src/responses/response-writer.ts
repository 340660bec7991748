import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate } from '@stemme/questionnaire';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { GroupCommit } from './group-commit';
import { pgPoolOf } from './pg-pool';

/** One response as stored: no time of day, no address, no code; see docs/PRIVACY.md. */
export interface ResponseRow {
  studyId: string;
  questionnaireVersionId: string;
  submissionId: string;
  linkId: string;
  municipalityCode: string | null;
  municipalityCodeGiven: string | null;
  countyCode: string | null;
  ageBand: number | null;
  submittedOn: IsoDate;
  answers: (number | null)[];
  texts: Record<string, string> | null;
}

/** `repeat`: a response with this submission id was stored before (a double click, a retry). */
export type WriteOutcome = 'created' | 'repeat';
export type CappedWriteOutcome = WriteOutcome | 'full';

export interface StoredSubmission {
  linkId: string | null;
  submittedOn: IsoDate;
}

const COLUMNS = [
  'study_id',
  'questionnaire_version_id',
  'submission_id',
  'link_id',
  'municipality_code',
  'municipality_code_given',
  'county_code',
  'age_band',
  'submitted_on',
  'answers',
  'texts',
];

function values(row: ResponseRow): unknown[] {
  return [
    row.studyId,
    row.questionnaireVersionId,
    row.submissionId,
    row.linkId,
    row.municipalityCode,
    row.municipalityCodeGiven,
    row.countyCode,
    row.ageBand,
    row.submittedOn,
    row.answers,
    row.texts === null ? null : JSON.stringify(row.texts),
  ];
}

/** `INSERT ... VALUES (...), (...) ON CONFLICT (submission_id) DO NOTHING RETURNING submission_id` for n rows. */
function insertStatement(rowCount: number): string {
  const rows = Array.from({ length: rowCount }, (_, row) => `(${COLUMNS.map((_, column) => `$${row * COLUMNS.length + column + 1}`).join(', ')})`);
  return `INSERT INTO "response" (${COLUMNS.map((column) => `"${column}"`).join(', ')}) VALUES ${rows.join(', ')}
    ON CONFLICT ("submission_id") DO NOTHING RETURNING "submission_id"`;
}

const FIND_STORED = `SELECT "link_id" AS "linkId", to_char("submitted_on", 'YYYY-MM-DD') AS "submittedOn" FROM "response" WHERE "submission_id" = $1`;

export const RESPONSE_BATCH_LIMITS = { maxBatchSize: 64, maxConcurrentBatches: 4 };

/**
 * Stores responses: each in a transaction of its own that writes nothing but the response (so its
 * transaction id ties it to nothing else). Responses of uncapped links go through a group commit,
 * many rows per INSERT; a capped link's response takes one from its counter in the same
 * transaction, so the cap holds however many arrive at once.
 */
@Injectable()
export class ResponseWriter {
  private readonly pool: Pool;
  private readonly groupCommit: GroupCommit<ResponseRow, WriteOutcome>;
  private readonly cappedSlots = new Slots(3);

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.pool = pgPoolOf(dataSource);
    this.groupCommit = new GroupCommit((rows) => this.insertMany(rows), RESPONSE_BATCH_LIMITS);
  }

  write(row: ResponseRow): Promise<WriteOutcome> {
    return this.groupCommit.submit(row);
  }

  /**
   * For a capped link: counts the response against the cap, or answers `full` and stores nothing.
   * Such transactions queue for the counter's row lock anyway, so only a few hold a connection
   * at a time and the rest of the app keeps the pool.
   */
  async writeCapped(row: ResponseRow): Promise<CappedWriteOutcome> {
    await this.cappedSlots.acquire();
    try {
      return await this.writeCappedNow(row);
    } finally {
      this.cappedSlots.release();
    }
  }

  private async writeCappedNow(row: ResponseRow): Promise<CappedWriteOutcome> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const counted = await client.query(
        `UPDATE "survey_link_quota" q SET "used" = q."used" + 1
         FROM "survey_link" l
         WHERE q."link_id" = $1 AND l."id" = q."link_id" AND l."response_cap" IS NOT NULL AND q."used" < l."response_cap"
         RETURNING q."used"`,
        [row.linkId],
      );
      if (counted.rowCount === 0) {
        await client.query('ROLLBACK');
        // On this connection: asking the pool for another while holding this one could wait for ever.
        return (await client.query(FIND_STORED, [row.submissionId])).rowCount ? 'repeat' : 'full';
      }
      const inserted = await client.query(insertStatement(1), values(row));
      // A repeat must not use up the cap: undo the count with everything else.
      await client.query(inserted.rowCount === 1 ? 'COMMIT' : 'ROLLBACK');
      return inserted.rowCount === 1 ? 'created' : 'repeat';
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async findStored(submissionId: string): Promise<StoredSubmission | null> {
    const result = await this.pool.query(FIND_STORED, [submissionId]);
    return result.rows[0] ?? null;
  }

  /** One statement, one commit. The first of several rows with one submission id is stored; the rest are repeats. */
  private async insertMany(rows: ResponseRow[]): Promise<WriteOutcome[]> {
    const firstIndex = new Map<string, number>();
    rows.forEach((row, index) => {
      if (!firstIndex.has(row.submissionId)) firstIndex.set(row.submissionId, index);
    });
    const unique = rows.filter((row, index) => firstIndex.get(row.submissionId) === index);
    const result = await this.pool.query(insertStatement(unique.length), unique.flatMap(values));
    const created = new Set(result.rows.map((inserted: { submission_id: string }) => inserted.submission_id));
    return rows.map((row, index) => (firstIndex.get(row.submissionId) === index && created.has(row.submissionId) ? 'created' : 'repeat'));
  }
}

/** At most `size` holders at a time; the others wait in line. */
class Slots {
  private readonly waiting: (() => void)[] = [];
  private free: number;

  constructor(size: number) {
    this.free = size;
  }

  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}
