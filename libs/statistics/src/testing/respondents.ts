import { CubeCell } from '../cube/roll-up';
import { Tally } from '../cube/tally';
import { SeededRandom } from './seeded-random';

/** One respondent's answer to one variable, as a worker would read it from a response. */
export type RawAnswer =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'choice'; readonly codes: readonly string[] }
  | { readonly kind: 'dont_know' }
  | { readonly kind: 'missing' };

export interface RawRespondent {
  readonly questionnaireVersionId: string;
  readonly municipalityCode: string;
  readonly ageBand: string;
  readonly answers: Readonly<Record<string, RawAnswer>>;
}

/** A small made-up country: municipalities in counties. */
export const TEST_COUNTY_OF = new Map([
  ['0301', '03'],
  ['3201', '32'],
  ['3203', '32'],
  ['4601', '46'],
  ['4602', '46'],
  ['4611', '46'],
  ['5001', '50'],
  ['5014', '50'],
]);
export const TEST_AGE_BANDS = ['18-29', '30-44', '45-59', '60-74', '75+'];
export const LIKERT_CODES = ['1', '2', '3', '4', '5'];
export const LIKERT_SCORES: Readonly<Record<string, number>> = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 };
export const CHANNEL_CODES = ['letter', 'email', 'sms', 'app'];

/**
 * Synthetic respondents with three variables: `age` (a number, 18–99), `trust` (a
 * Likert scale with "don't know") and `channels` (multiple choice). Some answers are missing.
 */
export function randomRespondents(random: SeededRandom, count: number, versions = ['v1', 'v2']): RawRespondent[] {
  const municipalities = [...TEST_COUNTY_OF.keys()];
  const municipalityWeights = municipalities.map((_, index) => 1 + index * index);
  return Array.from({ length: count }, () => ({
    questionnaireVersionId: random.pick(versions),
    municipalityCode: random.weighted(municipalities, municipalityWeights),
    ageBand: random.pick(TEST_AGE_BANDS),
    answers: {
      age: random.chance(0.05) ? { kind: 'missing' } : random.chance(0.02) ? { kind: 'dont_know' } : { kind: 'number', value: random.integer(18, 99) },
      trust: random.chance(0.08)
        ? { kind: 'missing' }
        : random.chance(0.1)
          ? { kind: 'dont_know' }
          : { kind: 'choice', codes: [random.weighted(LIKERT_CODES, [1, 2, 4, 5, 3])] },
      channels: random.chance(0.1) ? { kind: 'missing' } : { kind: 'choice', codes: CHANNEL_CODES.filter(() => random.chance(0.4)) },
    },
  }));
}

/**
 * What the aggregation worker keeps: one cube cell per version, variable, municipality and age
 * band. Number variables get value tallies; a multiple-choice respondent who ticked nothing
 * counts as missing.
 */
export function cubeFromRespondents(respondents: readonly RawRespondent[], numberVariables: readonly string[] = ['age']): CubeCell[] {
  const cells = new Map<string, { cell: Omit<CubeCell, 'tally'>; tally: MutableTally }>();
  for (const respondent of respondents) {
    for (const [variable, answer] of Object.entries(respondent.answers)) {
      const key = [respondent.questionnaireVersionId, variable, respondent.municipalityCode, respondent.ageBand].join('|');
      let entry = cells.get(key);
      if (!entry) {
        const { questionnaireVersionId, municipalityCode, ageBand } = respondent;
        const tally: MutableTally = { answered: 0, dontKnow: 0, missing: 0, options: {} };
        if (numberVariables.includes(variable)) tally.values = { n: 0, sum: 0, sumOfSquares: 0, histogram: {} };
        entry = { cell: { questionnaireVersionId, variable, municipalityCode, ageBand }, tally };
        cells.set(key, entry);
      }
      count(entry.tally, answer);
    }
  }
  return [...cells.values()].map(({ cell, tally }) => ({ ...cell, tally }));
}

type MutableTally = { -readonly [K in keyof Tally]: Tally[K] } & {
  options: Record<string, number>;
  values?: { n: number; sum: number; sumOfSquares: number; histogram: Record<string, number> };
};

function count(tally: MutableTally, answer: RawAnswer): void {
  if (answer.kind === 'missing' || (answer.kind === 'choice' && answer.codes.length === 0)) tally.missing += 1;
  else if (answer.kind === 'dont_know') tally.dontKnow += 1;
  else if (answer.kind === 'choice') {
    tally.answered += 1;
    for (const code of answer.codes) tally.options[code] = (tally.options[code] ?? 0) + 1;
  } else {
    tally.answered += 1;
    const values = tally.values;
    if (!values) throw new Error('A number answer for a variable not declared as a number');
    values.n += 1;
    values.sum += answer.value;
    values.sumOfSquares += answer.value * answer.value;
    values.histogram[answer.value] = (values.histogram[answer.value] ?? 0) + 1;
  }
}
