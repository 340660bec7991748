import { contentHash, type Answers, type AnswerValue, type QuestionnaireDefinition, DEFAULT_AGE_BANDS, type AgeBand } from '@stemme/questionnaire';
import { encodeAnswers, responseLayout, type ResponseLayout } from '@stemme/responses';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  ageQuestion,
  definitionWith,
  likert,
  matrix,
  multipleChoice,
  numberQuestion,
  singleChoice,
} from '../../../libs/questionnaire/src/testing/questionnaire-factory';
import { SeededRandom } from '../../../libs/statistics/src/testing/seeded-random';

/** One question of every counted kind: single choice, Likert with "don't know", a matrix, multiple choice, decimals, age. */
export function countedKindsDefinition(): QuestionnaireDefinition {
  return definitionWith(
    singleChoice('q_gender'),
    likert('q_trust'),
    matrix('q_m', ['q_m_a', 'q_m_b']),
    multipleChoice('q_channels'),
    numberQuestion('q_hours', { numberType: 'decimal', min: 0, max: 40 }),
    ageQuestion('q_age', { min: 18, max: 99 }),
  );
}

export interface TestStudy {
  studyId: string;
  questionnaireId: string;
  versionId: string;
  definition: QuestionnaireDefinition;
  layout: ResponseLayout;
  ageBands: AgeBand[];
}

/** A study with one questionnaire and its first version published. */
export async function publishedStudy(
  dataSource: DataSource,
  options: { definition?: QuestionnaireDefinition; threshold?: number; reportingMinimum?: number; ageBands?: AgeBand[] } = {},
): Promise<TestStudy> {
  const definition = options.definition ?? countedKindsDefinition();
  const ageBands = options.ageBands ?? DEFAULT_AGE_BANDS.map((band) => ({ ...band }));
  const [{ id: studyId }] = await dataSource.query(
    `INSERT INTO "study" ("name", "age_bands", "disclosure_threshold", "reporting_minimum") VALUES ($1, $2, $3, $4) RETURNING "id"`,
    [`Study ${randomUUID().slice(0, 8)}`, JSON.stringify(ageBands), options.threshold ?? 5, options.reportingMinimum ?? 10],
  );
  const [{ id: questionnaireId }] = await dataSource.query(`INSERT INTO "questionnaire" ("study_id", "title") VALUES ($1, 'Skjema') RETURNING "id"`, [studyId]);
  const versionId = await publishVersion(dataSource, questionnaireId, 1, definition);
  return { studyId, questionnaireId, versionId, definition, layout: responseLayout(definition), ageBands };
}

export async function publishVersion(dataSource: DataSource, questionnaireId: string, versionNumber: number, definition: QuestionnaireDefinition): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO "questionnaire_version" ("questionnaire_id", "version_number", "status", "definition", "content_hash", "published_at")
     VALUES ($1, $2, 'published', $3, $4, now()) RETURNING "id"`,
    [questionnaireId, versionNumber, JSON.stringify(definition), contentHash(definition)],
  );
  return id;
}

/** A place a response can come from: a municipality, a split code (county only), or nowhere known. */
export interface Place {
  municipalityCode: string | null;
  countyCode: string | null;
}

export const SPLIT_IN_MORE_OG_ROMSDAL: Place = { municipalityCode: null, countyCode: '15' };
export const UNKNOWN_PLACE: Place = { municipalityCode: null, countyCode: null };

/** Real municipalities in four counties, some large and some small, a split code and an unknown place. */
export const TEST_PLACES: { place: Place; weight: number }[] = [
  { place: { municipalityCode: '0301', countyCode: '03' }, weight: 30 },
  { place: { municipalityCode: '4601', countyCode: '46' }, weight: 20 },
  { place: { municipalityCode: '4602', countyCode: '46' }, weight: 3 },
  { place: { municipalityCode: '4611', countyCode: '46' }, weight: 0.6 },
  { place: { municipalityCode: '4612', countyCode: '46' }, weight: 0.4 },
  { place: { municipalityCode: '1505', countyCode: '15' }, weight: 4 },
  { place: { municipalityCode: '1506', countyCode: '15' }, weight: 4 },
  { place: { municipalityCode: '1508', countyCode: '15' }, weight: 8 },
  { place: { municipalityCode: '1580', countyCode: '15' }, weight: 0.5 },
  { place: SPLIT_IN_MORE_OG_ROMSDAL, weight: 1.5 },
  { place: { municipalityCode: '1804', countyCode: '18' }, weight: 5 },
  { place: { municipalityCode: '1806', countyCode: '18' }, weight: 0.3 },
  { place: UNKNOWN_PLACE, weight: 0.3 },
];

/** A response as the test knows it: place, age band and the stored answers. */
export interface KnownResponse extends Place {
  ageBand: number | null;
  submittedOn: string;
  answers: (number | null)[];
}

/**
 * Random responses to `countedKindsDefinition()` (or any definition made of the same builders):
 * answers are drawn per question type, with some missing and some "don't know".
 */
export function randomResponses(random: SeededRandom, study: TestStudy, count: number, places = TEST_PLACES): KnownResponse[] {
  const weights = places.map((entry) => entry.weight);
  return Array.from({ length: count }, () => {
    const place = random.weighted(places, weights).place;
    const answers: Record<string, AnswerValue> = {};
    for (const page of study.definition.pages) {
      for (const question of page.questions) {
        const variables = question.type === 'matrix' ? question.items.map((item) => item.variable) : [question.variable];
        for (const variable of variables) {
          if (random.chance(0.07)) continue;
          const value = randomAnswer(random, question.type);
          if (value !== undefined) answers[variable] = value;
        }
      }
    }
    const age = answers.q_age as number | undefined;
    const band = age === undefined ? -1 : study.ageBands.findIndex((candidate) => age >= candidate.min && (candidate.max === null || age <= candidate.max));
    return {
      ...place,
      ageBand: band < 0 ? null : band,
      submittedOn: `2026-01-${String(random.integer(1, 28)).padStart(2, '0')}`,
      answers: encodeAnswers(study.layout, answers as Answers).coded,
    };
  });
}

function randomAnswer(random: SeededRandom, type: string): AnswerValue | undefined {
  switch (type) {
    case 'single_choice':
      return random.weighted([1, 2, 3], [5, 3, 1]);
    case 'likert':
    case 'matrix':
      return random.chance(0.1) ? 9 : random.weighted([1, 2, 3, 4, 5], [1, 2, 3, 5, 4]);
    case 'multiple_choice': {
      const chosen = [1, 2, 3].filter(() => random.chance(0.45));
      return chosen.length ? chosen : undefined;
    }
    case 'number':
      return random.integer(0, 4000) / 100;
    case 'age':
      return random.chance(0.5) ? random.integer(18, 29) : random.integer(18, 85);
    default:
      return undefined;
  }
}

/** Anything that runs SQL: a DataSource (its own transaction per call) or a transaction's EntityManager. */
export type Queryable = Pick<DataSource, 'query'>;

/** Inserts responses in one statement (one transaction unless given one), as submissions would: created_txid takes its default. */
export async function insertResponses(dataSource: Queryable, study: Pick<TestStudy, 'studyId' | 'versionId'>, responses: readonly KnownResponse[], versionId = study.versionId): Promise<void> {
  if (responses.length === 0) return;
  await dataSource.query(
    `INSERT INTO "response" ("study_id", "questionnaire_version_id", "submission_id", "municipality_code", "county_code", "age_band", "submitted_on", "answers")
     SELECT $1, $2, gen_random_uuid(), m, c, b, d::date, translate(a, '[]', '{}')::integer[]
       FROM unnest($3::text[], $4::text[], $5::smallint[], $6::text[], $7::text[]) AS t(m, c, b, d, a)`,
    [
      study.studyId,
      versionId,
      responses.map((response) => response.municipalityCode),
      responses.map((response) => response.countyCode),
      responses.map((response) => response.ageBand),
      responses.map((response) => response.submittedOn),
      responses.map((response) => JSON.stringify(response.answers).replace(/null/g, 'NULL')),
    ],
  );
}

/** Splits a list into batches of random sizes (1 to `largest`). */
export function randomBatches<T>(random: SeededRandom, items: readonly T[], largest: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; ) {
    const size = random.integer(1, largest);
    batches.push(items.slice(start, start + size));
    start += size;
  }
  return batches;
}
