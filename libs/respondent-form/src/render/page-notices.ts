/**
 * The boxes at the top of a form page. The error summary takes the focus when the page loads
 * (`autofocus`, and the script as a fallback), so a screen reader reads it first and a sighted
 * person sees it; each link names the question and what to do, and leads to the field.
 */
import type { Language, Question } from '@stemme/questionnaire';
import { attributes, html, type SafeHtml } from '../html/html';
import { problemFor, type FieldProblems } from '../post/form-fields';
import { textIn } from '../texts/localize';
import { uiText } from '../texts/ui-texts';
import { fieldId } from './question-parts';

interface Field {
  variable: string;
  text: string;
}

/** The answer fields of the questions, in page order, named by their text. */
export function namedFields(questions: readonly Question[], language: Language): Field[] {
  return questions.flatMap((question) =>
    question.type === 'matrix'
      ? question.items.map((item) => ({ variable: item.variable, text: textIn(item.text, language) }))
      : [{ variable: question.variable, text: textIn(question.text, language) }],
  );
}

export function errorSummary(fields: readonly Field[], problems: FieldProblems, language: Language): SafeHtml | '' {
  const withProblems = fields.filter((field) => problemFor(problems, field.variable) !== undefined);
  if (withProblems.length === 0) return '';
  return html`<div class="error-summary" tabindex="-1" autofocus data-error-summary>
<div role="alert">
<h2 class="error-summary-heading">${uiText('errorSummaryHeading', language)}</h2>
<ul class="error-summary-list">
${withProblems.map(
  (field) =>
    html`<li><a href="#${fieldId(field.variable)}"><span class="error-summary-question">${field.text}</span> <span class="error-summary-message">${problemFor(problems, field.variable)}</span></a></li>`,
)}
</ul>
</div>
</div>`;
}

/** When a page comes back without JavaScript because an answer revealed follow-up questions. */
export function newQuestionsNotice(questions: readonly Question[], newQuestions: readonly string[], language: Language, focus: boolean): SafeHtml | '' {
  const added = questions.filter((question) => newQuestions.includes(question.variable));
  if (added.length === 0) return '';
  const firstField = (question: Question) => (question.type === 'matrix' ? (question.items[0]?.variable ?? question.variable) : question.variable);
  return html`<div${attributes({ class: 'notice', tabindex: '-1', autofocus: focus, 'data-new-questions': true })}>
<h2 class="notice-heading">${uiText('newQuestionsHeading', language)}</h2>
<p>${uiText('newQuestionsIntro', language)}</p>
<ul>
${added.map((question) => html`<li><a href="#${fieldId(firstField(question))}">${textIn(question.text, language)}</a></li>`)}
</ul>
</div>`;
}
