/** One function per documented endpoint the admin uses. */
import type { QuestionnaireDefinition } from '@questionnaire/browser';
import { api } from './client';
import type {
  County,
  Municipality,
  Questionnaire,
  SessionResponse,
  Study,
  StudyAccess,
  StudySettings,
  User,
  UserRole,
  Version,
} from './types';

export const auth = {
  login: (email: string, password: string) => api<SessionResponse>('POST', '/api/auth/login', { email, password }),
  me: () => api<SessionResponse>('GET', '/api/auth/me'),
  logout: () => api<void>('POST', '/api/auth/logout'),
};

export const studies = {
  list: () => api<Study[]>('GET', '/api/studies'),
  get: (id: string) => api<Study>('GET', `/api/studies/${id}`),
  create: (input: Partial<StudySettings> & { name: string }) => api<Study>('POST', '/api/studies', input),
  update: (id: string, input: Partial<StudySettings>) => api<Study>('PATCH', `/api/studies/${id}`, input),
};

export const questionnaires = {
  listOfStudy: (studyId: string) => api<Questionnaire[]>('GET', `/api/studies/${studyId}/questionnaires`),
  get: (id: string) => api<Questionnaire>('GET', `/api/questionnaires/${id}`),
  create: (studyId: string, title: string) => api<Questionnaire>('POST', `/api/studies/${studyId}/questionnaires`, { title }),
  version: (id: string) => api<Version>('GET', `/api/questionnaire-versions/${id}`),
  saveDefinition: (id: string, definition: QuestionnaireDefinition) => api<Version>('PUT', `/api/questionnaire-versions/${id}/definition`, { definition }),
  publish: (id: string) => api<Version>('POST', `/api/questionnaire-versions/${id}/publish`),
  draftFrom: (id: string) => api<Version>('POST', `/api/questionnaire-versions/${id}/drafts`),
};

export const users = {
  list: () => api<User[]>('GET', '/api/users'),
  create: (input: { email: string; displayName: string; role: UserRole; password: string }) => api<User>('POST', '/api/users', input),
  disable: (id: string) => api<User>('POST', `/api/users/${id}/disable`),
  enable: (id: string) => api<User>('POST', `/api/users/${id}/enable`),
  studyAccess: (id: string) => api<StudyAccess[]>('GET', `/api/users/${id}/study-access`),
  grant: (id: string, studyId: string, municipalityCode: string | null) =>
    api<StudyAccess>('PUT', `/api/users/${id}/study-access/${studyId}`, { municipalityCode }),
  revoke: (id: string, studyId: string) => api<void>('DELETE', `/api/users/${id}/study-access/${studyId}`),
};

export const register = {
  counties: () => api<County[]>('GET', '/api/counties'),
  municipalities: (county?: string) => api<Municipality[]>('GET', county ? `/api/municipalities?county=${county}` : '/api/municipalities'),
};
