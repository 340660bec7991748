import { html, attributes, type SafeHtml } from '../html/html';
import type { PageQuestion } from '../navigation/page-questions';
import { choiceQuestion, likertQuestion, matrixQuestion } from './choice-questions';
import { inputQuestion } from './input-questions';
import { hasProblem, type QuestionContext } from './question-parts';

/**
 * One question in its wrapper. A live question carries its condition for the script and starts
 * `hidden` while the condition is false; without the script it stays hidden until the page is
 * sent, and then the page comes back with it (see `pagePostOutcome`).
 */
export function renderQuestion({ question, visible, liveCondition }: PageQuestion, context: QuestionContext): SafeHtml {
  const invalid = question.type !== 'matrix' && hasProblem(question.variable, context);
  return html`<div${attributes({
    class: `question question-${question.type.replace(/_/g, '-')}${invalid ? ' has-error' : ''}`,
    'data-question': question.variable,
    'data-condition': liveCondition ? JSON.stringify(liveCondition) : undefined,
    hidden: !visible,
  })}>
${body(question, context)}
</div>`;
}

function body(question: PageQuestion['question'], context: QuestionContext): SafeHtml {
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return choiceQuestion(question, context);
    case 'likert':
      return likertQuestion(question, context);
    case 'matrix':
      return matrixQuestion(question, context);
    default:
      return inputQuestion(question, context);
  }
}
