/** The export endpoints: ask for an export, follow it while the worker makes it, list earlier ones. */
import { api } from './client';

export type ExportKind = 'results_workbook' | 'municipality_reports' | 'raw_data' | 'charts';
export const EXPORT_KINDS: readonly ExportKind[] = ['results_workbook', 'municipality_reports', 'raw_data', 'charts'];
export type ExportStatus = 'queued' | 'running' | 'done' | 'failed' | 'expired';

export interface ExportOptions {
  language?: 'nb' | 'en';
  questionnaireId?: string;
  municipality?: string;
  format?: 'xlsx' | 'csv';
  separator?: ';' | ',';
  formats?: ('png' | 'svg')[];
}

export interface ExportJob {
  id: string;
  studyId: string;
  kind: ExportKind;
  options: ExportOptions;
  status: ExportStatus;
  /** Percent done, 0–100. */
  progress: number;
  /** What the worker is doing now, in the export's language. */
  stage: string;
  fileName: string | null;
  fileSize: number | null;
  contentType: string | null;
  requestedBy: string | null;
  requestedByName: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  expiresAt: string | null;
  errorMessage: string | null;
  downloadUrl: string | null;
}

export const isActive = (job: Pick<ExportJob, 'status'>) => job.status === 'queued' || job.status === 'running';

export const exportJobs = {
  create: (studyId: string, kind: ExportKind, options: ExportOptions) => api<ExportJob>('POST', `/api/studies/${studyId}/exports`, { kind, options }),
  list: (studyId: string) => api<ExportJob[]>('GET', `/api/studies/${studyId}/exports`),
  get: (id: string) => api<ExportJob>('GET', `/api/exports/${id}`),
};
