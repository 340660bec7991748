/** What an export makes; see libs/exports/README.md. */
export const EXPORT_KINDS = ['results_workbook', 'municipality_reports', 'raw_data', 'charts'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'expired'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export type ExportLanguage = 'nb' | 'en';
export type RawDataFormat = 'xlsx' | 'csv';
export type ChartFormat = 'png' | 'svg';

/**
 * An export's options as stored; which apply depends on the kind (checked by `exportOptionProblems`).
 * - every kind: `language` (labels and texts; default nb), `questionnaireId` (needed only when the
 *   study has several questionnaires with published versions);
 * - municipality_reports: `municipality` for the one report covering it (its own, or its pool's),
 *   else a zip with a report per municipality and pool;
 * - raw_data: `format` (xlsx, the default, or csv) and, for csv, `separator` (";" by default);
 * - charts: `formats` (png and svg by default).
 */
export interface ExportOptions {
  language?: ExportLanguage;
  questionnaireId?: string;
  municipality?: string;
  format?: RawDataFormat;
  separator?: ';' | ',';
  formats?: ChartFormat[];
}

const OPTIONS_OF: Record<ExportKind, readonly (keyof ExportOptions)[]> = {
  results_workbook: [],
  municipality_reports: ['municipality'],
  raw_data: ['format', 'separator'],
  charts: ['formats'],
};

/** Options given that the kind does not take, each as a problem with its path. */
export function exportOptionProblems(kind: ExportKind, options: ExportOptions): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const name of Object.keys(options) as (keyof ExportOptions)[]) {
    if (options[name] === undefined || name === 'language' || name === 'questionnaireId') continue;
    if (!OPTIONS_OF[kind].includes(name)) problems.push({ path: `options.${name}`, message: `${kind} exports do not take ${name}` });
  }
  if (kind === 'raw_data' && options.separator !== undefined && options.format !== 'csv') {
    problems.push({ path: 'options.separator', message: 'a separator applies to csv only' });
  }
  return problems;
}
