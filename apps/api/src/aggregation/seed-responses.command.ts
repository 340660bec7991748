import { AggregationRepository, copyResponses, SplitCode, SyntheticResponses } from '@stemme/aggregation';
import { BadInputError, NotFoundError } from '@stemme/platform';
import { fromDayNumber } from '@stemme/questionnaire';
import { RegisterService } from '@stemme/register';
import { StudiesRepository } from '@stemme/studies';
import { DataSource } from 'typeorm';
import type { CliCommandContext } from '../cli';
import { DEMO_STUDY_NAME } from '../demo/seed-demo.command';

/** The year of the population figures that weight municipalities and ages. */
const POPULATION_YEAR = 2025;
/** Old codes that split; respondents from their parts sometimes still give them. */
const SPLIT_CODES_TO_USE = ['1507'];
const SEED_STREAMS = 2;

/**
 * `seed:responses --study <id|demo> --count N [--seed S] [--if-empty true] [--streams 2]`: synthetic national
 * responses to the study's latest published version, loaded with COPY, then the cube rebuilt.
 */
export async function seedResponses({ app, options, print }: CliCommandContext): Promise<void> {
  const count = Number(options.required('count'));
  if (!Number.isInteger(count) || count < 1 || count > 10_000_000) throw new BadInputError('--count must be a whole number from 1 to 10,000,000');
  const seed = Number(options.optional('seed') ?? 1);
  const dataSource = app.get(DataSource);
  const studyId = await resolveStudyId(dataSource, options.required('study'));
  const study = await app.get(StudiesRepository).findById(studyId);
  if (!study) throw new NotFoundError(`No study has the id ${studyId}`);

  const [version] = await dataSource.query(
    `SELECT v."id", v."definition" FROM "questionnaire_version" v JOIN "questionnaire" q ON q."id" = v."questionnaire_id"
      WHERE q."study_id" = $1 AND v."status" = 'published' ORDER BY v."published_at" DESC LIMIT 1`,
    [study.id],
  );
  if (!version) throw new NotFoundError(`Study ${study.id} has no published questionnaire version`);
  if (options.optional('if-empty') === 'true') {
    const [{ exists }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM "response" WHERE "study_id" = $1) AS "exists"`, [study.id]);
    if (exists) return print(`Study ${study.id} already has responses; none added`);
  }

  const register = app.get(RegisterService);
  const [population, municipalities, splitCodes] = await Promise.all([
    register.populationInAgeBands(POPULATION_YEAR, study.ageBands),
    register.listMunicipalities(),
    splitCodesOf(register),
  ]);
  const countyOf = new Map(municipalities.map((municipality) => [municipality.code, municipality.countyCode]));
  const generator = new SyntheticResponses({
    definition: version.definition,
    ageBands: study.ageBands,
    population: population.map((cell) => ({
      municipalityCode: cell.municipalityCode,
      countyCode: countyOf.get(cell.municipalityCode)!,
      ageBand: study.ageBands.findIndex((band) => band.min === cell.band.min && band.max === cell.band.max),
      people: cell.total,
    })),
    splitCodes,
    today: fromDayNumber(Math.floor(Date.now() / 86_400_000)),
    seed,
  });

  const started = Date.now();
  // Two COPY streams: while PostgreSQL checks one stream's rows (foreign keys, indexes), the
  // other's are on their way; the generator feeds both from this one thread.
  const streams = Math.max(1, Math.min(count, Number(options.optional('streams') ?? SEED_STREAMS)));
  const runners = Array.from({ length: streams }, () => dataSource.createQueryRunner());
  try {
    await Promise.all(
      runners.map(async (runner, index) => {
        const share = Math.floor(count / streams) + (index < count % streams ? 1 : 0);
        await copyResponses(await runner.connect(), { studyId: study.id, versionId: version.id }, () => generator.next(), share);
      }),
    );
  } finally {
    await Promise.all(runners.map((runner) => runner.release()));
  }
  print(`Loaded ${count} responses into study ${study.id} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Fresh statistics, so that the rebuild's plan fits a table that just grew (autovacuum may not have looked yet).
  await dataSource.query('ANALYZE "response"');
  const rebuilt = Date.now();
  const cube = app.get(AggregationRepository);
  const outcome = await cube.rebuild(study.id);
  await cube.vacuumCube();
  print(`Rebuilt the count cube (${outcome.responses} responses) in ${((Date.now() - rebuilt) / 1000).toFixed(1)} s`);
}

async function resolveStudyId(dataSource: DataSource, given: string): Promise<string> {
  if (given !== 'demo') return given;
  const [demo] = await dataSource.query(`SELECT "id" FROM "study" WHERE "name" = $1`, [DEMO_STUDY_NAME]);
  if (!demo) throw new NotFoundError('There is no demo study yet: run seed:demo first');
  return demo.id;
}

async function splitCodesOf(register: RegisterService): Promise<SplitCode[]> {
  const splits: SplitCode[] = [];
  for (const given of SPLIT_CODES_TO_USE) {
    const resolution = await register.mapMunicipalityCode(given);
    if (resolution.kind !== 'split') continue;
    const parts = await Promise.all(resolution.candidates.map((code) => register.findMunicipality(code)));
    const counties = new Set(parts.map((part) => part?.countyCode));
    if (counties.size === 1 && parts[0]) splits.push({ given, countyCode: parts[0].countyCode, candidates: resolution.candidates });
  }
  return splits;
}
