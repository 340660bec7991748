import type { LoggedIn } from '../../support/auth';
import { cellValue } from './libreoffice';

type Published<T = number> = { value: T } | { suppressed: true; reason: string };

/** A row of GET /api/studies/:id/results, as JSON. */
export interface ApiRow {
  group: { label: { nb: string; en: string }; ageBand?: number | null; ageBandLabel?: string; key: string; kind: string; countyCode: string | null };
  respondents: Published;
  base: Published;
  dontKnow: Published | null;
  options?: { code: number; count: Published; percent: Published<number | null> }[];
  summary?: Published<{ mean: number | null; meanInterval: { lower: number; upper: number } | null }>;
}

export interface ApiResults {
  question: { variable: string; kind: string; options: { code: number }[]; dontKnow: { code: number } | null };
  rows: ApiRow[];
  total: ApiRow;
}

export async function apiResults(user: LoggedIn, studyId: string, query: Record<string, string | number>): Promise<ApiResults> {
  const response = await user.get(`/api/studies/${studyId}/results`).query(query);
  if (response.status !== 200) throw new Error(`GET results ${JSON.stringify(query)}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const HIDDEN = ':';
const shown = <T>(published: Published<T> | null | undefined, pick: (value: T) => number | null | undefined): number | string | null =>
  published === null || published === undefined ? null : 'suppressed' in published ? HIDDEN : (pick(published.value) ?? null);

/** What the export's table must hold for an API row, from the n column on: n, base, percents, don't know, mean and interval. */
export function expectedFigures(results: Pick<ApiResults, 'question'>, row: ApiRow): (number | string | null)[] {
  const { question } = results;
  const figures = [shown(row.respondents, (n) => n), shown(row.base, (n) => n), ...(row.options ?? []).map((option) => shown(option.percent, (percent) => (percent === null ? null : percent / 100)))];
  if (question.dontKnow) figures.push(shown(row.dontKnow, (n) => n));
  if (question.kind === 'scale' || question.kind === 'number') {
    figures.push(
      shown(row.summary, (summary) => summary.mean),
      shown(row.summary, (summary) => summary.meanInterval?.lower),
      shown(row.summary, (summary) => summary.meanInterval?.upper),
    );
  }
  return figures.map(rounded);
}

/** The same columns as LibreOffice read them. */
export function readFigures(cells: readonly string[], count: number): (number | string | null)[] {
  return cells.slice(3, 3 + count).map((cell) => rounded(cellValue(cell)));
}

/** LibreOffice writes 15 significant digits: compare at 10. */
function rounded(value: number | string | null): number | string | null {
  return typeof value === 'number' ? Number(value.toPrecision(10)) : value;
}

export function labelOf(row: ApiRow, breakdown: string): string {
  if (breakdown === 'age_band') return row.group.ageBand === null ? 'Ukjent alder' : row.group.ageBandLabel!;
  return row.group.label.nb;
}
