import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { SyntheticResponse } from './synthetic-responses';

const COLUMNS = ['study_id', 'questionnaire_version_id', 'submission_id', 'municipality_code', 'municipality_code_given', 'county_code', 'age_band', 'submitted_on', 'answers'];
const ROWS_PER_CHUNK = 2000;

const field = (value: string | number | null): string => (value === null ? '\\N' : String(value));
const arrayLiteral = (answers: readonly (number | null)[]): string => `{${answers.map((value) => (value === null ? 'NULL' : value)).join(',')}}`;

/** One response as a line of COPY's text format. */
export function copyLine(studyId: string, versionId: string, response: SyntheticResponse): string {
  return [
    studyId,
    versionId,
    response.submissionId,
    field(response.municipalityCode),
    field(response.municipalityCodeGiven),
    field(response.countyCode),
    field(response.ageBand),
    response.submittedOn,
    arrayLiteral(response.answers),
  ].join('\t');
}

/**
 * Streams `count` responses into the response table with COPY, in the caller's transaction (or
 * its own, if the client is not in one). `created_txid` takes its default, as for a submission.
 */
export async function copyResponses(
  client: PoolClient,
  target: { studyId: string; versionId: string },
  next: () => SyntheticResponse,
  count: number,
  onProgress?: (written: number) => void,
): Promise<void> {
  let written = 0;
  const source = new Readable({
    read() {
      if (written >= count) {
        this.push(null);
        return;
      }
      const lines: string[] = [];
      const end = Math.min(count, written + ROWS_PER_CHUNK);
      for (; written < end; written++) lines.push(copyLine(target.studyId, target.versionId, next()));
      onProgress?.(written);
      this.push(`${lines.join('\n')}\n`);
    },
  });
  await pipeline(source, client.query(copyFrom(`COPY "response" (${COLUMNS.map((column) => `"${column}"`).join(', ')}) FROM STDIN`)));
}
