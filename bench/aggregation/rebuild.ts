/**
 * (a) Full rebuild of the count cube for 1,000,000 responses to the demo questionnaire (57
 * answer slots), against the floor: a hand-written GROUP BY over the raw responses that produces
 * the same counts and writes nothing.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/aggregation/rebuild.ts [--responses 1000000] [--rounds 2]
 *
 * Uses its own database `stemme_bench_aggregation` on the local PostgreSQL (created and seeded on
 * the first run with `seed:responses`, kept afterwards).
 */
import 'reflect-metadata';
import { AggregationRepository, DEFAULT_REBUILD_WORK_MEM } from '@stemme/aggregation';
import { parseArgs } from 'node:util';
import { benchContext, benchStudy, machineLine, query, seconds, timed } from './bench-database';

const { values } = parseArgs({ options: { responses: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '2' } } });

/** Checksums that any difference in the counts would change. */
const CHECKSUM = `count(*)::bigint AS "rows", sum("n")::bigint AS "answers", sum("n"::bigint * ("slot" + 1) * ("value" + 7))::text AS "weighted"`;

const floorQueries = {
  'GROUP BY version, slot, value, municipality, county, age band': `
    SELECT ${CHECKSUM} FROM (
      SELECT r."questionnaire_version_id", (a."position" - 1) AS "slot", a."value", r."municipality_code", r."county_code", r."age_band", count(*) AS "n"
        FROM "response" r CROSS JOIN LATERAL unnest(r."answers") WITH ORDINALITY AS a("value", "position")
       WHERE r."study_id" = $1 AND a."value" IS NOT NULL
       GROUP BY 1, 2, 3, 4, 5, 6) counted`,
};

async function main(): Promise<void> {
  const responses = Number(values.responses);
  const study = await benchStudy('stemme_bench_aggregation', responses);
  const app = await benchContext(study.config);
  const best: Record<string, number> = {};
  const note = (name: string, ms: number) => (best[name] = Math.min(best[name] ?? Infinity, ms));
  let floorChecksum: unknown;
  let cubeChecksum: unknown;
  try {
    for (let round = 1; round <= Number(values.rounds); round++) {
      for (const [name, sql] of Object.entries(floorQueries)) {
        const { result, ms } = await timed(() => query(study.databaseUrl, sql, [study.studyId], { workMem: DEFAULT_REBUILD_WORK_MEM }));
        note(`floor: ${name}`, ms);
        floorChecksum = result[0];
        console.log(`round ${round}  floor ${name}: ${seconds(ms)}`);
      }
      const stages: [string, number][] = [];
      const { result, ms } = await timed(() => app.get(AggregationRepository).rebuild(study.studyId, { onProgress: (_, stage) => void stages.push([stage, performance.now()]) }));
      note('rebuild', ms);
      const spans = stages.slice(0, -1).map(([stage, at], index) => `${stage} ${seconds(stages[index + 1][1] - at)}`);
      console.log(`round ${round}  rebuild stages: ${spans.join(', ')}`);
      const vacuum = await timed(() => app.get(AggregationRepository).vacuumCube());
      note('VACUUM (ANALYZE) of the cube afterwards (not part of the rebuild)', vacuum.ms);
      console.log(`round ${round}  rebuild (${result.responses} responses): ${seconds(ms)}, then VACUUM ${seconds(vacuum.ms)}`);
      [cubeChecksum] = await query(study.databaseUrl, `SELECT ${CHECKSUM} FROM "answer_tally" WHERE "questionnaire_version_id" = $1`, [study.versionId]);
    }
  } finally {
    await app.close();
  }
  const [cube] = await query<{ rows: string; size: string }>(study.databaseUrl, `SELECT count(*) AS "rows", pg_size_pretty(pg_total_relation_size('answer_tally')) AS "size" FROM "answer_tally"`);
  const floor = Math.min(...Object.entries(best).filter(([name]) => name.startsWith('floor')).map(([, ms]) => ms));
  console.log('');
  console.log(`Aggregation benchmark (a): full rebuild, ${responses} responses × 57 answer slots (demo questionnaire)`);
  console.log(`machine: ${machineLine()}`);
  for (const [name, ms] of Object.entries(best)) console.log(`  ${name.padEnd(72)} ${seconds(ms)} (best of ${values.rounds})`);
  console.log(`  cube: ${cube.rows} rows, ${cube.size}`);
  console.log(`  same counts as the floor: ${JSON.stringify(floorChecksum) === JSON.stringify(cubeChecksum) ? 'yes' : `NO: floor ${JSON.stringify(floorChecksum)}, cube ${JSON.stringify(cubeChecksum)}`}`);
  console.log(`  rebuild / floor: ${(best.rebuild / floor).toFixed(2)}×`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
