/** A form page with sensible defaults, so a test states only what matters to it. */
import { renderFormPage, type FormPageInput } from '../render/form-page';
import { everyTypeDefinition } from './definitions';
import { municipalities2024 } from './municipalities';

export const MUNICIPALITIES = municipalities2024();

export function formPageInput(changes: Partial<FormPageInput> = {}): FormPageInput {
  return {
    definition: everyTypeDefinition,
    pageId: 'every_type',
    language: 'nb',
    languages: ['nb', 'nn', 'en'],
    answers: {},
    csrfToken: 'csrf-token',
    formAction: '/s/abc123',
    studyTitle: 'Brukerundersøkelse 2025',
    progress: { pageNumber: 1, pageCount: 2 },
    canGoBack: false,
    resumeAvailable: true,
    scriptUrl: '/s/assets/form.js',
    cssUrl: '/s/assets/form.css',
    municipalities: MUNICIPALITIES,
    ...changes,
  };
}

export const renderWith = (changes: Partial<FormPageInput> = {}): string => renderFormPage(formPageInput(changes));
