/** Live response counts for following data collection (GET /api/studies/:id/monitor); not for publication. */
import { api } from './client';

export interface LocalizedText {
  nb: string;
  en: string;
}

export interface MonitorPlace {
  municipalityCode: string | null;
  countyCode: string | null;
  label: LocalizedText;
  responses: number;
}

export interface StudyMonitor {
  studyId: string;
  responses: number;
  municipalities: MonitorPlace[];
  days: { date: string; responses: number }[];
  note: LocalizedText;
  freshness: { responsesCounted: number; lastFoldedAt: string | null; checkedAt: string | null; rebuiltAt: string | null };
}

export const monitor = {
  get: (studyId: string) => api<StudyMonitor>('GET', `/api/studies/${studyId}/monitor`),
};
