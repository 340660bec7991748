/**
 * (c) The statistics API on 1,000,000 folded responses: a question by municipality × age band
 * (and other breakdowns), p50/p99 over sequential requests, timed until the whole body has
 * arrived. "Warm" requests find the table of the cube's generation computed; "cold" ones come
 * more than a second after a fold changed the cube, so they wait while the protected group
 * table and the results table are computed again.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/aggregation/statistics-api.ts [--requests 200] [--cold 20]
 */
import 'reflect-metadata';
import { AggregationRepository } from '@stemme/aggregation';
import { korusDemoQuestionnaire } from '@stemme/questionnaire';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { runCli } from '../../apps/api/src/cli';
import { SERVE_STALE_MS } from '../../apps/api/src/results/results-context';
import { benchApi, benchContext, benchStudy, machineLine, percentile, query } from './bench-database';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '200' }, cold: { type: 'string', default: '20' } } });

async function main(): Promise<void> {
  const study = await benchStudy('stemme_bench_aggregation', 1_000_000);
  const context = await benchContext(study.config);
  const api = await benchApi(study.config);
  const cube = context.get(AggregationRepository);
  await cube.fold(study.studyId);
  const results: string[] = [];
  try {
    const cases: [string, string][] = [
      ['Likert by municipality × age band', 'question=q24_satisfied_overall&breakdown=municipality_age_band'],
      ['  … of one county (Vestland)', 'question=q24_satisfied_overall&breakdown=municipality_age_band&county=46'],
      ['  … of one municipality (Oslo)', 'question=q24_satisfied_overall&breakdown=municipality_age_band&municipality=0301'],
      ['Likert by municipality', 'question=q24_satisfied_overall&breakdown=municipality'],
      ['Likert nationally', 'question=q24_satisfied_overall&breakdown=national'],
      ['age (number) by municipality × age band', 'question=q38_age&breakdown=municipality_age_band'],
      ['multiple choice by county × age band', 'question=q01_services&breakdown=county_age_band'],
    ];
    for (const [name, search] of cases) {
      const path = `/api/studies/${study.studyId}/results?${search}`;
      const first = await api.get(path);
      if (first.status !== 200) throw new Error(`${path}: ${first.status} ${JSON.stringify(first.body)}`);
      const warm: number[] = [];
      for (let i = 0; i < Number(values.requests); i++) warm.push((await api.get(path)).ms);
      results.push(
        `  ${name.padEnd(42)} warm p50 ${percentile(warm, 50).toFixed(1)} ms, p99 ${percentile(warm, 99).toFixed(1)} ms (${warm.length} requests; ${(first.body as { rows: unknown[] }).rows.length} rows)`,
      );
    }
    const cold: number[] = [];
    const path = `/api/studies/${study.studyId}/results?${cases[0][1]}`;
    const dataSource = context.get(DataSource);
    const [{ template }] = await dataSource.query(`SELECT "answers"::text AS "template" FROM "response" WHERE "study_id" = $1 LIMIT 1`, [study.studyId]);
    for (let i = 0; i < Number(values.cold); i++) {
      await dataSource.query(
        `INSERT INTO "response" ("study_id", "questionnaire_version_id", "submission_id", "municipality_code", "county_code", "age_band", "submitted_on", "answers")
         VALUES ($1, $2, gen_random_uuid(), '0301', '03', 1, current_date, $3::integer[])`,
        [study.studyId, study.versionId, template],
      );
      await cube.fold(study.studyId);
      // Past the time a table may be served while a newer one is computed: this request waits for it.
      await new Promise((resolve) => setTimeout(resolve, SERVE_STALE_MS + 100));
      cold.push((await api.get(path)).ms);
    }
    results.push(`  ${'Likert by municipality × age band, cold'.padEnd(42)} p50 ${percentile(cold, 50).toFixed(1)} ms, p99 ${percentile(cold, 99).toFixed(1)} ms (${cold.length} requests, each after a fold, recomputing)`);
  } finally {
    await api.close();
    await context.close();
    // Back to the million the other benchmarks expect, with the cube to match.
    await query(study.databaseUrl, `DELETE FROM "response" WHERE "id" > (SELECT min("id") + 999999 FROM "response")`);
    await runCli(['aggregation:rebuild', '--study', study.studyId], study.config, () => undefined);
  }
  const [{ count }] = await query<{ count: string }>(study.databaseUrl, 'SELECT count(*) FROM "response"');
  console.log('');
  console.log(`Aggregation benchmark (c): statistics API on ${count} responses (${korusDemoQuestionnaire.pages.length} pages of the demo questionnaire)`);
  console.log(`machine: ${machineLine()}`);
  for (const line of results) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
