/** The statistics endpoints the results explorer uses, and the shapes they answer with. */
import type { Texts } from '@questionnaire/browser';
import { api } from './client';

export type Breakdown = 'national' | 'age_band' | 'county' | 'county_age_band' | 'municipality' | 'municipality_age_band';
export const BREAKDOWNS: readonly Breakdown[] = ['national', 'age_band', 'county', 'municipality', 'county_age_band', 'municipality_age_band'];

export type SuppressionReason = 'below_threshold' | 'complementary';
export interface Hidden {
  suppressed: true;
  reason: SuppressionReason;
}
/** A figure as published: its value, or hidden by the disclosure rules. */
export type Published<T = number> = { value: T } | Hidden;

export function isHidden<T>(figure: Published<T>): figure is Hidden {
  return 'suppressed' in figure;
}

export interface LocalizedText {
  nb: string;
  en: string;
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface ValueSummary {
  n: number;
  mean: number | null;
  standardDeviation: number | null;
  median: number | null;
  meanInterval: Interval | null;
}

export type StatisticKind = 'choice' | 'scale' | 'multiple' | 'number';

export interface StatisticOption {
  code: number;
  label: Texts;
}

export interface GroupLabel {
  kind: 'nation' | 'county' | 'municipality' | 'pool' | 'split' | 'withheld' | 'unknown';
  key: string;
  label: LocalizedText;
  countyCode: string | null;
  ageBand?: number | null;
  ageBandLabel?: string;
  municipalityCodes?: string[];
}

export interface OptionFigures {
  code: number;
  count: Published;
  percent: Published<number | null>;
  interval: Published<Interval | null>;
}

export interface ResultRow {
  group: GroupLabel;
  respondents: Published;
  base: Published;
  dontKnow: Published | null;
  missing: Published;
  options?: OptionFigures[];
  summary?: Published<ValueSummary>;
}

export interface Freshness {
  responsesCounted: number;
  lastFoldedAt: string | null;
  checkedAt: string | null;
  rebuiltAt: string | null;
}

export interface ResultFilters {
  county?: string;
  municipality?: string;
  ageBand?: number;
}

export interface QuestionResults {
  studyId: string;
  questionnaireId: string;
  question: { variable: string; text: Texts; kind: StatisticKind; options: StatisticOption[]; dontKnow: StatisticOption | null };
  breakdown: Breakdown;
  filters: ResultFilters;
  disclosure: { threshold: number; reportingMinimum: number };
  rows: ResultRow[];
  total: ResultRow;
  footnotes: LocalizedText[];
  freshness: Freshness;
}

export interface CrossTabRow {
  base: Published;
  counts: Published[];
  percents: Published<number | null>[];
}

export interface CrossTabResults {
  studyId: string;
  question: { variable: string; text: Texts; options: StatisticOption[] };
  by: { variable: string; text: Texts; options: StatisticOption[] };
  filters: { county?: string; municipality?: string };
  municipalityCodes?: string[];
  rows: CrossTabRow[];
  total: CrossTabRow;
  footnote: LocalizedText;
  freshness: Freshness;
}

export interface Place {
  code: string;
  name: string;
}

/** What the user may read: everything (both null), or one municipality, its county and the nation. */
export interface ResultsScope {
  municipality: Place | null;
  county: Place | null;
}

export interface ResultsQuery extends ResultFilters {
  question: string;
  breakdown: Breakdown;
  questionnaire?: string;
}

export interface CrossTabQuery {
  question: string;
  by: string;
  county?: string;
  municipality?: string;
  questionnaire?: string;
}

function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
  return search.toString();
}

export const results = {
  scope: (studyId: string) => api<ResultsScope>('GET', `/api/studies/${studyId}/results/scope`),
  question: (studyId: string, query: ResultsQuery) => api<QuestionResults>('GET', `/api/studies/${studyId}/results?${queryString({ ...query })}`),
  crossTab: (studyId: string, query: CrossTabQuery) => api<CrossTabResults>('GET', `/api/studies/${studyId}/results/crosstab?${queryString({ ...query })}`),
};
