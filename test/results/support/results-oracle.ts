import { studentTQuantile } from '@stemme/statistics';
import type { KnownResponse, TestStudy } from '../../aggregation/support/cube-factories';

/** A figure as the API returns it: `{ value }` or `{ suppressed, reason }`. */
export type Published<T = number> = { value: T } | { suppressed: true; reason: 'below_threshold' | 'complementary' };
export const isHidden = (figure: Published<unknown>): boolean => 'suppressed' in figure;

export interface ApiGroup {
  kind: string;
  key: string;
  countyCode: string | null;
  ageBand?: number | null;
  municipalityCodes?: string[];
}

/** The respondents a group of the API stands for, picked from the raw responses the plain way. */
export function membersOf(responses: readonly KnownResponse[], group: ApiGroup): KnownResponse[] {
  return responses.filter((response) => {
    const inPlace = (() => {
      switch (group.kind) {
        case 'nation':
          return true;
        case 'county':
          return response.countyCode === group.key;
        case 'municipality':
        case 'pool':
          return response.municipalityCode !== null && (group.municipalityCodes ?? []).includes(response.municipalityCode);
        case 'split':
          return response.municipalityCode === null && response.countyCode === group.countyCode;
        case 'unknown':
          return response.municipalityCode === null && response.countyCode === null;
        default:
          throw new Error(`No group kind ${group.kind}`);
      }
    })();
    return inPlace && (group.ageBand === undefined || response.ageBand === group.ageBand);
  });
}

export interface ExpectedFigures {
  respondents: number;
  base: number;
  dontKnow: number;
  missing: number;
  options: { code: number; count: number; percent: number | null; interval: { lower: number; upper: number } | null }[];
  summary: { n: number; mean: number | null; standardDeviation: number | null; median: number | null; meanInterval: { lower: number; upper: number } | null } | null;
}

const Z95 = 1.959963984540054;

function wilson(successes: number, n: number): { lower: number; upper: number } | null {
  if (n === 0) return null;
  const p = successes / n;
  const denominator = 1 + (Z95 * Z95) / n;
  const centre = (p + (Z95 * Z95) / (2 * n)) / denominator;
  const half = (Z95 / denominator) * Math.sqrt((p * (1 - p)) / n + (Z95 * Z95) / (4 * n * n));
  return { lower: successes === 0 ? 0 : 100 * Math.max(0, centre - half), upper: successes === n ? 100 : 100 * Math.min(1, centre + half) };
}

function summaryOf(values: number[]): ExpectedFigures['summary'] {
  const n = values.length;
  if (n === 0) return { n, mean: null, standardDeviation: null, median: null, meanInterval: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sorted = [...values].sort((a, b) => a - b);
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  if (n === 1) return { n, mean, standardDeviation: null, median, meanInterval: null };
  const standardDeviation = Math.sqrt(values.reduce((total, value) => total + (value - mean) ** 2, 0) / (n - 1));
  const half = (studentTQuantile(0.975, n - 1) * standardDeviation) / Math.sqrt(n);
  return { n, mean, standardDeviation, median, meanInterval: { lower: mean - half, upper: mean + half } };
}

/** Every figure of a question for some respondents, computed straight from their stored answers. */
export function expectedFigures(study: TestStudy, variable: string, members: readonly KnownResponse[]): ExpectedFigures {
  const slots = study.layout.slots.filter((slot) => slot.variable === variable);
  const respondents = members.length;
  const kind = slots[0].kind;
  if (kind === 'option') {
    const answered = members.filter((member) => member.answers[slots[0].index] !== null);
    return {
      respondents,
      base: answered.length,
      dontKnow: 0,
      missing: respondents - answered.length,
      options: slots.map((slot) => {
        const count = answered.filter((member) => member.answers[slot.index] === 1).length;
        return { code: slot.optionCode!, count, percent: answered.length ? (100 * count) / answered.length : null, interval: wilson(count, answered.length) };
      }),
      summary: null,
    };
  }
  const values = members.map((member) => member.answers[slots[0].index]).filter((value): value is number => value !== null);
  if (kind === 'decimal' || variable === 'q_age') {
    const numbers = kind === 'decimal' ? values.map((value) => value / 100) : values;
    return { respondents, base: numbers.length, dontKnow: 0, missing: respondents - numbers.length, options: [], summary: summaryOf(numbers) };
  }
  const scale = variable !== 'q_gender';
  const codes = scale ? [1, 2, 3, 4, 5] : [1, 2, 3];
  const substantive = values.filter((value) => codes.includes(value));
  const dontKnow = scale ? values.filter((value) => value === 9).length : 0;
  return {
    respondents,
    base: substantive.length,
    dontKnow,
    missing: respondents - substantive.length - dontKnow,
    options: codes.map((code) => {
      const count = substantive.filter((value) => value === code).length;
      return { code, count, percent: substantive.length ? (100 * count) / substantive.length : null, interval: wilson(count, substantive.length) };
    }),
    summary: scale ? summaryOf(substantive) : null,
  };
}
