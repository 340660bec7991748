/**
 * Radio and checkbox groups. Each group is a fieldset whose legend is the question, so a screen
 * reader names the group when entering it. Every option is a whole-row label (at least 48 px
 * high) around a native input: the native control keeps working in forced colours and with
 * every assistive technology.
 *
 * A matrix is one fieldset per item, each a full Likert scale: a table of radios needs a wide
 * screen and two-dimensional reading, which fails on a phone and with a screen reader.
 */
import type { ChoiceOption, LikertQuestion, LikertScale, MatrixQuestion, MultipleChoiceQuestion, SingleChoiceQuestion } from '@stemme/questionnaire';
import { attributes, html, idList, type SafeHtml } from '../html/html';
import { textIn } from '../texts/localize';
import { errorId, errorMessage, hasProblem, helpId, helpText, optionId, questionText, textId, type QuestionContext } from './question-parts';

export function choiceQuestion(question: SingleChoiceQuestion | MultipleChoiceQuestion, context: QuestionContext): SafeHtml {
  const { variable } = question;
  const type = question.type === 'single_choice' ? 'radio' : 'checkbox';
  const invalid = hasProblem(variable, context);
  return html`<fieldset${attributes({ class: 'choice-group', 'aria-describedby': idList(question.help && helpId(variable), invalid && errorId(variable)) })}>
<legend><h2 class="question-text">${questionText(question.text, question.required, context.language)}</h2></legend>
${helpText(variable, question.help, context.language)}
${errorMessage(variable, context)}
<div class="options">
${question.options.map((option, index) => choiceOption(type, variable, option, index, context, question.required && type === 'radio'))}
</div>
</fieldset>`;
}

function choiceOption(type: 'radio' | 'checkbox', variable: string, option: ChoiceOption, index: number, context: QuestionContext, required?: boolean): SafeHtml {
  const id = optionId(variable, option.code, index);
  const answer = context.answers[variable];
  const checked = Array.isArray(answer) ? answer.includes(option.code) : answer === option.code;
  return html`<label class="option" for="${id}"><input${attributes({
    type,
    id,
    name: variable,
    value: option.code,
    checked,
    required,
    'aria-invalid': hasProblem(variable, context) ? 'true' : undefined,
  })}><span class="option-label">${textIn(option.label, context.language)}</span></label>`;
}

export function likertQuestion(question: LikertQuestion, context: QuestionContext): SafeHtml {
  const { variable } = question;
  const invalid = hasProblem(variable, context);
  return html`<fieldset${attributes({ class: 'likert', 'aria-describedby': idList(question.help && helpId(variable), invalid && errorId(variable)) })}>
<legend><h2 class="question-text">${questionText(question.text, question.required, context.language)}</h2></legend>
${helpText(variable, question.help, context.language)}
${errorMessage(variable, context)}
${scale(variable, question.scale, context, question.required)}
</fieldset>`;
}

export function matrixQuestion(question: MatrixQuestion, context: QuestionContext): SafeHtml {
  const { variable } = question;
  return html`<div${attributes({ class: 'matrix', role: 'group', 'aria-labelledby': textId(variable), 'aria-describedby': question.help && helpId(variable) })}>
<h2 class="question-text" id="${textId(variable)}">${questionText(question.text, question.required, context.language)}</h2>
${helpText(variable, question.help, context.language)}
${question.items.map((item) => {
  const invalid = hasProblem(item.variable, context);
  return html`<fieldset${attributes({ class: `likert matrix-item${invalid ? ' has-error' : ''}`, 'aria-describedby': invalid ? errorId(item.variable) : undefined })}>
<legend class="item-text">${textIn(item.text, context.language)}</legend>
${errorMessage(item.variable, context)}
${scale(item.variable, question.scale, context, question.required)}
</fieldset>`;
})}
</div>`;
}

/**
 * The points in a row with the end labels under the first and last point; "don't know" apart,
 * as it is not a point on the scale. Long scales (8 points or more) wrap.
 */
function scale(variable: string, { points, lowLabel, highLabel, dontKnow }: LikertScale, context: QuestionContext, required?: boolean): SafeHtml {
  const answer = context.answers[variable];
  const invalid = hasProblem(variable, context) ? 'true' : undefined;
  const codes = Array.from({ length: points }, (_, index) => index + 1);
  const endLabel = (code: number): SafeHtml | '' => {
    const label = code === 1 ? lowLabel : code === points ? highLabel : undefined;
    return label ? html` <span class="end-label end-label-${code === 1 ? 'low' : 'high'}">${textIn(label, context.language)}</span>` : '';
  };
  return html`<div class="scale${points > 7 ? ' scale-long' : ''}">
${codes.map((code, index) => {
  const id = optionId(variable, code, index);
  return html`<label class="scale-point" for="${id}"><input${attributes({ type: 'radio', id, name: variable, value: code, checked: answer === code, required, 'aria-invalid': invalid })}><span class="point-number">${code}</span>${endLabel(code)}</label>`;
})}
</div>
${dontKnow ? html`<div class="options dont-know">${choiceOption('radio', variable, dontKnow, points, context, required)}</div>` : ''}`;
}
