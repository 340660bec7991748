/** Save and continue later: the page with the code, and the page to type it. */
import type { IsoDate, Language } from '@stemme/questionnaire';
import { attributes, html, idList } from '../html/html';
import { CSRF_FIELD, problemFor, type FieldProblems } from '../post/form-fields';
import { longDate } from '../texts/localize';
import { uiText, type UiTextKey } from '../texts/ui-texts';
import { renderSimplePage, type PageBasics } from './document';

export interface ResumeCodeInput extends PageBasics {
  code: string;
  expiresOn: IsoDate;
  /** Back to the form, to go on answering now. */
  continueHref?: string;
}

export function renderResumeCode(input: ResumeCodeInput): string {
  const { language } = input;
  const heading = uiText('resumeSavedHeading', language);
  return renderSimplePage(input, heading, html`<h1>${heading}</h1>
<p>${uiText('resumeCodeIntro', language)}</p>
<p class="resume-code">${formatResumeCode(input.code)}</p>
<p>${uiText('resumeWriteDown', language)} ${uiText('resumeExpires', language, { date: longDate(input.expiresOn, language) })}</p>
<p class="warning-text">${uiText('resumeKeepSecret', language)}</p>
<h2>${uiText('resumeHowHeading', language)}</h2>
<ol class="steps">
<li>${uiText('resumeStepLink', language)}</li>
<li>${uiText('resumeStepChoose', language)}</li>
<li>${uiText('resumeStepType', language)}</li>
</ol>
${input.continueHref ? html`<p><a class="button button-secondary" href="${input.continueHref}">${uiText('resumeContinueNow', language)}</a></p>` : ''}`);
}

export const RESUME_CODE_FIELD = 'code';
export type ResumeCodeProblem = 'missing' | 'not_found' | 'expired';

export interface ResumeEntryInput extends PageBasics {
  formAction: string;
  csrfToken: string;
  /** Under `code`: from `resumeCodeMessage`, or the caller's own. */
  problems?: FieldProblems;
  /** What was typed, to show it again. */
  value?: string;
  /** A saved form to continue (the default), or an invitation code that opens the form. */
  purpose?: 'resume' | 'invitation';
}

const ENTRY_TEXTS = {
  resume: { heading: 'resumeEntryHeading', label: 'resumeEntryLabel', hint: 'resumeEntryHint', button: 'resumeEntryButton' },
  invitation: { heading: 'invitationEntryHeading', label: 'invitationEntryLabel', hint: 'invitationEntryHint', button: 'invitationEntryButton' },
} as const satisfies Record<string, Record<string, UiTextKey>>;

export function renderResumeEntry(input: ResumeEntryInput): string {
  const { language } = input;
  const texts = ENTRY_TEXTS[input.purpose ?? 'resume'];
  const heading = uiText(texts.heading, language);
  const problem = problemFor(input.problems, RESUME_CODE_FIELD);
  return renderSimplePage(input, heading, html`${problem ? html`<div class="error-summary" tabindex="-1" autofocus data-error-summary><div role="alert">
<h2 class="error-summary-heading">${uiText('errorSummaryHeading', language)}</h2>
<ul class="error-summary-list"><li><a href="#resume-code">${problem}</a></li></ul>
</div></div>` : ''}
<h1>${heading}</h1>
<form method="post" action="${input.formAction}" novalidate autocomplete="off">
<input type="hidden" name="${CSRF_FIELD}" value="${input.csrfToken}">
<div class="question${problem ? ' has-error' : ''}">
<h2 class="question-text"><label for="resume-code">${uiText(texts.label, language)}</label></h2>
<p class="hint" id="resume-code-hint">${uiText(texts.hint, language)}</p>
${problem ? html`<p class="error-message" id="resume-code-error"><span class="error-prefix">${uiText('errorPrefix', language)}</span> ${problem}</p>` : ''}
<input${attributes({
    type: 'text',
    id: 'resume-code',
    name: RESUME_CODE_FIELD,
    class: 'input input-code',
    value: input.value,
    maxlength: 20,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    'aria-describedby': idList('resume-code-hint', problem && 'resume-code-error'),
    'aria-invalid': problem ? 'true' : undefined,
  })}>
</div>
<div class="form-buttons"><button type="submit" class="button button-primary">${uiText(texts.button, language)}</button></div>
</form>`);
}

export function resumeCodeMessage(problem: ResumeCodeProblem, language: Language): string {
  const keys: Record<ResumeCodeProblem, UiTextKey> = { missing: 'resumeCodeMissing', not_found: 'resumeCodeNotFound', expired: 'resumeCodeExpired' };
  return uiText(keys[problem], language);
}

/** `K7QX-M2PA`: groups of four are easier to read aloud, copy and compare. */
export function formatResumeCode(code: string): string {
  return normalizeResumeCode(code).replace(/(.{4})(?=.)/g, '$1-');
}

/** What a person typed, as the code it means: case, spaces and dashes do not matter. */
export function normalizeResumeCode(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
