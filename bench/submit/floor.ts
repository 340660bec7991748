/**
 * The floor: bare single-row INSERTs of a response row straight through pg, `connections` at a
 * time, with nothing else around them. What the API is compared with.
 */
import { encodeAnswers, responseLayout } from '@stemme/responses';
import { korusDemoQuestionnaire, type Answers } from '@stemme/questionnaire';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { percentile } from './stats';

export interface FloorResult {
  inserts: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** For the caller: e.g. PostgreSQL's CPU milliseconds while the inserts ran. */
  probed: number;
}

export async function measureFloor(options: {
  databaseUrl: string;
  connections: number;
  /** Connections in the pool; `connections` (one each) when left out. */
  poolSize?: number;
  seconds: number;
  ids: { studyId: string; versionId: string; linkId: string };
  answers: Answers[];
  today: string;
  /** Called when the inserts start (the pool's connections open) and before the pool ends. */
  onStart?: () => Promise<void>;
  onEnd?: () => Promise<void>;
}): Promise<FloorResult> {
  const layout = responseLayout(korusDemoQuestionnaire);
  const rows = options.answers.map((answers) => encodeAnswers(layout, answers));
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? options.connections });
  const latencies: number[] = [];
  let end = 0;
  let next = 0;
  const worker = async () => {
    while (Date.now() < end) {
      const row = rows[next++ % rows.length];
      const started = process.hrtime.bigint();
      await pool.query(
        `INSERT INTO "response" ("study_id", "questionnaire_version_id", "submission_id", "link_id", "municipality_code", "county_code", "age_band", "submitted_on", "answers", "texts")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [options.ids.studyId, options.ids.versionId, randomUUID(), options.ids.linkId, '0301', '03', 1, options.today, row.coded, Object.keys(row.texts).length ? JSON.stringify(row.texts) : null],
      );
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, () => pool.query('SELECT 1')));
  await options.onStart?.();
  const started = Date.now();
  end = started + options.seconds * 1000;
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = (Date.now() - started) / 1000;
  await options.onEnd?.();
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { inserts: latencies.length, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), probed: 0 };
}
