import { DataSource } from 'typeorm';
import type { KnownResponse } from './cube-factories';

/** What the cube must hold, counted the plain way from responses the test made itself. */
export interface ExpectedCube {
  answers: Map<string, number>;
  groups: Map<string, number>;
  days: Map<string, number>;
}

const part = (value: string | number | null): string => (value === null ? '-' : String(value));

export function expectedCube(responses: readonly (KnownResponse & { versionId: string })[]): ExpectedCube {
  const cube: ExpectedCube = { answers: new Map(), groups: new Map(), days: new Map() };
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const response of responses) {
    const where = [response.municipalityCode, response.countyCode].map(part).join('|');
    add(cube.groups, `${response.versionId}|${where}|${part(response.ageBand)}`);
    add(cube.days, `${response.versionId}|${response.submittedOn}|${where}`);
    response.answers.forEach((value, slot) => {
      if (value !== null) add(cube.answers, `${response.versionId}|${slot}|${value}|${where}|${part(response.ageBand)}`);
    });
  }
  return cube;
}

/** The cube's rows for some versions, keyed like `expectedCube`. */
export async function cubeOf(dataSource: DataSource, versionIds: readonly string[]): Promise<ExpectedCube> {
  const keyed = (rows: { key: string; n: number }[]) => new Map(rows.map((row) => [row.key, row.n]));
  const where = `coalesce("municipality_code", '-') || '|' || coalesce("county_code", '-')`;
  return {
    answers: keyed(
      await dataSource.query(
        `SELECT "questionnaire_version_id" || '|' || "slot" || '|' || "value" || '|' || ${where} || '|' || coalesce("age_band"::text, '-') AS "key", "n"
           FROM "answer_tally" WHERE "questionnaire_version_id" = ANY($1::uuid[])`,
        [versionIds],
      ),
    ),
    groups: keyed(
      await dataSource.query(
        `SELECT "questionnaire_version_id" || '|' || ${where} || '|' || coalesce("age_band"::text, '-') AS "key", "n"
           FROM "response_tally" WHERE "questionnaire_version_id" = ANY($1::uuid[])`,
        [versionIds],
      ),
    ),
    days: keyed(
      await dataSource.query(
        `SELECT "questionnaire_version_id" || '|' || to_char("submitted_on", 'YYYY-MM-DD') || '|' || ${where} AS "key", "n"
           FROM "response_day_tally" WHERE "questionnaire_version_id" = ANY($1::uuid[])`,
        [versionIds],
      ),
    ),
  };
}

/** Maps as sorted entries, so that a failing comparison shows the rows that differ. */
export function entries(cube: ExpectedCube): { answers: [string, number][]; groups: [string, number][]; days: [string, number][] } {
  const sorted = (map: Map<string, number>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { answers: sorted(cube.answers), groups: sorted(cube.groups), days: sorted(cube.days) };
}
