import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One stored response as the raw-data export reads it. */
export interface StoredResponse {
  versionId: string;
  municipalityCode: string | null;
  countyCode: string | null;
  ageBand: number | null;
  /** `response.answers` as PostgreSQL writes the array with `array_to_string(…, ',', '')`: "1,,5". */
  answers: string;
  texts: Record<string, string> | null;
}

export const RESPONSE_BATCH_SIZE = 5000;

/** Reads responses for the raw-data export. */
@Injectable()
export class ResponseExportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async count(versionIds: readonly string[]): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::bigint AS "n" FROM "response" WHERE "questionnaire_version_id" = ANY($1::uuid[])`, [versionIds]);
    return Number(row.n);
  }

  /**
   * The responses of some versions in the order they were stored, in batches, from one server-side
   * cursor in a read-only REPEATABLE READ transaction: one consistent snapshot however long the
   * export takes, memory for two batches at most. The next batch is fetched while the caller works
   * on this one. The answers come as text, which Node splits about twice as fast as pg parses an
   * integer array.
   */
  async *batches(versionIds: readonly string[], withTexts: boolean, batchSize = RESPONSE_BATCH_SIZE): AsyncGenerator<StoredResponse[]> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let open = false;
    let next: Promise<StoredResponse[]> | undefined;
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      await runner.query(
        `DECLARE "export_responses" NO SCROLL CURSOR FOR
         SELECT "questionnaire_version_id" AS "versionId", "municipality_code" AS "municipalityCode", "county_code" AS "countyCode",
                "age_band" AS "ageBand", array_to_string("answers", ',', '') AS "answers", ${withTexts ? '"texts"' : 'NULL::jsonb AS "texts"'}
           FROM "response" WHERE "questionnaire_version_id" = ANY($1::uuid[]) ORDER BY "id"`,
        [versionIds],
      );
      const fetch = (): Promise<StoredResponse[]> => runner.query(`FETCH FORWARD ${Number(batchSize)} FROM "export_responses"`);
      next = fetch();
      for (;;) {
        const batch = await next;
        next = undefined;
        if (batch.length === 0) break;
        next = fetch();
        yield batch;
      }
      await runner.query('COMMIT');
      open = false;
    } finally {
      // The caller may stop early (a failed write): let the fetch under way finish before rolling back.
      await next?.catch(() => undefined);
      if (open) await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
}
