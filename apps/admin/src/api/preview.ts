/** The builder preview: a page of a version rendered by the respondent form (POST .../preview). */
import type { Language } from '@questionnaire/browser';
import { api } from './client';

export type PreviewAnswers = Record<string, number | number[] | string | null>;
export type PreviewForm = Record<string, string | string[]>;

export interface PreviewRequest {
  language: Language;
  pageId?: string;
  answers?: PreviewAnswers;
  form?: PreviewForm;
}

export interface PreviewPage {
  id: string;
  title: string;
  shown: boolean;
}

export interface PreviewResponse {
  html: string;
  pageId: string;
  pageNumber: number;
  pageCount: number;
  language: Language;
  languages: Language[];
  answers: PreviewAnswers;
  pages: PreviewPage[];
  submitted: boolean;
  notice: 'save_for_later' | null;
}

export const previews = {
  render: (versionId: string, request: PreviewRequest) => api<PreviewResponse>('POST', `/api/questionnaire-versions/${versionId}/preview`, request),
};
