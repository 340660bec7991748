/**
 * @stemme/respondent-form: the respondent's form as server-side rendering, plain functions from
 * data to HTML and from form posts to answers. No Nest, no database. See ../README.md.
 */
export { visiblePages, firstPageId, pageNavigation, type NavigationOptions, type PageNavigation } from './navigation/page-navigation';
export { pageQuestions, type PageQuestion, type PageQuestions } from './navigation/page-questions';
export { parsePagePost, type PagePost, type ParsePageOptions } from './post/parse-page-post';
export { pagePostOutcome, type PagePostInput, type PagePostOutcome, type PageToShow } from './post/page-post-outcome';
export { ACTION_FIELD, CSRF_FIELD, FORM_ACTIONS, PAGE_FIELD, SHOWN_FIELD, firstBodyValue, type FieldProblems, type FormAction, type FormBody } from './post/form-fields';
export { renderFormPage, type FormPageInput } from './render/form-page';
export type { MunicipalityOption } from './render/question-parts';
export type { LanguageChoice, PageBasics } from './render/document';
export { helpIn, renderReceipt, type HelpLink, type ReceiptInput, type StudyHelp } from './render/receipt-page';
export {
  formatResumeCode,
  normalizeResumeCode,
  renderResumeCode,
  renderResumeEntry,
  resumeCodeMessage,
  RESUME_CODE_FIELD,
  type ResumeCodeInput,
  type ResumeCodeProblem,
  type ResumeEntryInput,
} from './render/resume-pages';
export { renderUnavailable, type UnavailableInput, type UnavailableReason } from './render/unavailable-page';
export { LANGUAGE_NAMES, uiText, type UiTextKey } from './texts/ui-texts';
export { escapeHtml } from './html/html';
export { loadFormAssets, type FormAssets } from './assets/form-assets';
export { buildFormScript } from './browser/build-form-script';
