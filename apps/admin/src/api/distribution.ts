/** Links, QR codes and invitation codes for the distribution tab (see /api/docs, "distribution"). */
import { api, ApiError } from './client';
import type { SessionResponse } from './types';

export type LinkStatus = 'open' | 'not_open_yet' | 'closed' | 'paused' | 'full';

export interface SurveyLink {
  id: string;
  studyId: string;
  questionnaireVersionId: string;
  kind: 'study' | 'municipality';
  municipalityCode: string | null;
  label: string;
  token: string;
  url: string;
  opensAt: string;
  closesAt: string;
  responseCap: number | null;
  responsesCounted: number | null;
  paused: boolean;
  invitationOnly: boolean;
  status: LinkStatus;
  createdAt: string;
  updatedAt: string;
}

export interface LinkSettings {
  opensAt?: string;
  closesAt: string;
  responseCap?: number | null;
  invitationOnly?: boolean;
}

export interface LinkChanges {
  label?: string;
  opensAt?: string;
  closesAt?: string;
  responseCap?: number | null;
  paused?: boolean;
  invitationOnly?: boolean;
}

export interface InvitationBatch {
  id: string;
  linkId: string;
  label: string;
  codeCount: number;
  usedCount: number;
  createdAt: string;
}

export type QrFormat = 'png' | 'svg';

export const links = {
  listOfStudy: (studyId: string) => api<SurveyLink[]>('GET', `/api/studies/${studyId}/links`),
  create: (versionId: string, input: LinkSettings & { municipalityCode?: string; label?: string }) =>
    api<SurveyLink>('POST', `/api/questionnaire-versions/${versionId}/links`, input),
  createForCounty: (versionId: string, input: LinkSettings & { countyCode: string; labelPrefix?: string }) =>
    api<SurveyLink[]>('POST', `/api/questionnaire-versions/${versionId}/county-links`, input),
  update: (id: string, changes: LinkChanges) => api<SurveyLink>('PATCH', `/api/links/${id}`, changes),
  /** A plain link: the browser downloads the file with the session cookie. */
  qrCodeUrl: (id: string, format: QrFormat) => `/api/links/${id}/qr-code?format=${format}`,
};

export interface CreatedBatch {
  batchId: string;
  csv: string;
}

export const invitations = {
  list: (linkId: string) => api<InvitationBatch[]>('GET', `/api/links/${linkId}/invitation-batches`),
  /**
   * The API answers the codes once, as CSV, so this is read as text rather than JSON. The CSRF
   * token is fetched afresh because the shared client keeps its copy to itself.
   */
  create: async (linkId: string, count: number, label?: string): Promise<CreatedBatch> => {
    const { csrfToken } = await api<SessionResponse>('GET', '/api/auth/me');
    let response: Response;
    try {
      response = await fetch(`/api/links/${linkId}/invitation-batches`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'text/csv, application/json', 'X-CSRF-Token': csrfToken },
        body: JSON.stringify(label ? { count, label } : { count }),
      });
    } catch (error) {
      throw new ApiError(0, (error as Error).message);
    }
    if (!response.ok) {
      const payload = (await response.json().catch(() => ({}))) as { message?: string; details?: ApiError['details'] };
      throw new ApiError(response.status, payload.message ?? response.statusText, payload.details ?? []);
    }
    return { batchId: response.headers.get('X-Invitation-Batch-Id') ?? '', csv: await response.text() };
  },
};
