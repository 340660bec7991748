/** A page of the questionnaire as a complete HTML document. */
import type { Answers, Language, QuestionnaireDefinition } from '@stemme/questionnaire';
import { attributes, html, type SafeHtml } from '../html/html';
import { liveQuestionVariables, pageQuestions } from '../navigation/page-questions';
import { ACTION_FIELD, CSRF_FIELD, PAGE_FIELD, SHOWN_FIELD, type FieldProblems } from '../post/form-fields';
import { textIn } from '../texts/localize';
import { uiText } from '../texts/ui-texts';
import { renderDocument } from './document';
import { errorSummary, namedFields, newQuestionsNotice } from './page-notices';
import type { MunicipalityOption } from './question-parts';
import { renderQuestion } from './render-question';

export interface FormPageInput {
  definition: QuestionnaireDefinition;
  pageId: string;
  language: Language;
  /** The study's enabled languages, for the language switch. */
  languages: readonly Language[];
  answers: Answers;
  /** Per field variable, already in the respondent's language. */
  problems?: FieldProblems;
  /** Text that could not be read, shown again as typed (from `parsePagePost`). */
  rawText?: Readonly<Record<string, string>>;
  /** Live questions revealed by a post without JavaScript (from `pagePostOutcome`). */
  newQuestions?: readonly string[];
  csrfToken: string;
  formAction: string;
  studyTitle: string;
  /** From `pageNavigation`; the last page gets "Send inn". */
  progress: { pageNumber: number; pageCount: number };
  canGoBack: boolean;
  resumeAvailable: boolean;
  scriptUrl: string;
  cssUrl?: string;
  skipVariables?: Iterable<string>;
  /** Needed when the page has a municipality question. */
  municipalities?: readonly MunicipalityOption[];
  /** Where each language's version of the page is; `?lang=<code>` by default. */
  languageHref?: (language: Language) => string;
  /** Shown on the first page: where to type a code to continue. */
  resumeEntryHref?: string;
}

export function renderFormPage(input: FormPageInput): string {
  const { definition, language, progress } = input;
  const page = definition.pages.find((candidate) => candidate.id === input.pageId);
  if (!page) throw new RangeError(`The questionnaire has no page "${input.pageId}"`);
  const problems = input.problems ?? {};
  const { questions, dontKnowCodes } = pageQuestions(definition, page.id, input.answers, { skipVariables: input.skipVariables });
  const context = { language, answers: input.answers, problems, rawText: input.rawText ?? {}, municipalities: input.municipalities };
  const shownQuestions = questions.map((entry) => entry.question);
  const summary = errorSummary(namedFields(shownQuestions, language), problems, language);
  const liveOnScreen = questions.filter((entry) => entry.liveCondition && entry.visible).map((entry) => entry.question.variable);
  const isLastPage = progress.pageNumber >= progress.pageCount;
  const isFirstPage = progress.pageNumber === 1;
  const progressText = uiText('progress', language, { page: progress.pageNumber, count: progress.pageCount });
  const pageTitle = textIn(page.title, language);

  const main = html`${summary}
${newQuestionsNotice(shownQuestions, input.newQuestions ?? [], language, summary === '')}
<p class="progress-text" id="progress-text">${progressText}</p>
<progress class="progress" max="${progress.pageCount}" value="${progress.pageNumber}" aria-labelledby="progress-text"></progress>
<h1>${pageTitle}</h1>
${isFirstPage ? html`<p class="intro">${uiText('canSkip', language)}</p>` : ''}
${isFirstPage && input.resumeEntryHref ? html`<p class="intro"><a href="${input.resumeEntryHref}">${uiText('haveCode', language)}</a></p>` : ''}
<form${attributes({
    method: 'post',
    action: input.formAction,
    class: 'survey-form',
    novalidate: true,
    autocomplete: 'off',
    'data-survey-form': true,
    'data-dont-know-codes': liveQuestionVariables(questions).length > 0 ? JSON.stringify(dontKnowCodes) : undefined,
  })}>
<input type="hidden" name="${CSRF_FIELD}" value="${input.csrfToken}">
<input type="hidden" name="${PAGE_FIELD}" value="${page.id}">
<input type="hidden" name="${SHOWN_FIELD}" value="${liveOnScreen.join(' ')}">
${questions.map((entry) => renderQuestion(entry, context))}
${isLastPage ? html`<p class="submit-note">${uiText('submitNote', language)}</p>` : ''}
${buttons(input, isLastPage)}
</form>`;

  return renderDocument({
    language,
    title: `${summary === '' ? '' : `${uiText('errorPrefix', language)} `}${pageTitle} – ${progressText} – ${input.studyTitle}`,
    studyTitle: input.studyTitle,
    cssUrl: input.cssUrl,
    scriptUrl: input.scriptUrl,
    skipLinkText: uiText('skipToQuestions', language),
    languageChoice: { languages: input.languages, languageHref: input.languageHref },
    main,
  });
}

/**
 * "Neste" comes first in the page: pressing Enter in a text field sends the form with the first
 * button, which must never be "Tilbake". On a phone the buttons stack in the same order.
 */
function buttons(input: FormPageInput, isLastPage: boolean): SafeHtml {
  const { language } = input;
  return html`<div class="form-buttons">
<button type="submit" name="${ACTION_FIELD}" value="${isLastPage ? 'submit' : 'next'}" class="button button-primary">${uiText(isLastPage ? 'submit' : 'next', language)}</button>
${input.canGoBack ? html`<button type="submit" name="${ACTION_FIELD}" value="back" class="button button-secondary">${uiText('back', language)}</button>` : ''}
${input.resumeAvailable ? html`<button type="submit" name="${ACTION_FIELD}" value="save" class="button button-quiet">${uiText('saveForLater', language)}</button>` : ''}
</div>`;
}
