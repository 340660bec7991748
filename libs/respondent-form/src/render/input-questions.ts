/**
 * Questions answered by typing or picking from a list. The question text is the input's
 * `<label>`, inside the question heading.
 *
 * Numbers, ages and years are text inputs with `inputmode="numeric"`, not `type="number"`: a
 * number input silently empties what it cannot read (the server then sees "no answer" and asks
 * for a number the person did type), changes the value on scroll, has tiny spin buttons, refuses
 * the Norwegian decimal comma in some browsers and is read inconsistently by screen readers. The
 * phone still shows its number keypad, and the server reads "25 år" or "2,5" kindly.
 */
import {
  DEFAULT_LONG_TEXT_MAX_LENGTH,
  DEFAULT_SHORT_TEXT_MAX_LENGTH,
  type AgeQuestion,
  type DateQuestion,
  type LongTextQuestion,
  type MunicipalityQuestion,
  type NumberQuestion,
  type Question,
  type ShortTextQuestion,
  type YearOfBirthQuestion,
} from '@stemme/questionnaire';
import { attributes, html, idList, type SafeHtml } from '../html/html';
import { uiText } from '../texts/ui-texts';
import { errorId, errorMessage, fieldId, hasProblem, helpId, helpText, hintId, questionText, shownText, type MunicipalityOption, type QuestionContext } from './question-parts';

type InputQuestion = NumberQuestion | AgeQuestion | YearOfBirthQuestion | MunicipalityQuestion | ShortTextQuestion | LongTextQuestion | DateQuestion;

export function inputQuestion(question: InputQuestion, context: QuestionContext): SafeHtml {
  const { variable } = question;
  const hint = hintFor(question, context);
  const describedBy = idList(question.help && helpId(variable), hint && hintId(variable), hasProblem(variable, context) && errorId(variable));
  return html`<h2 class="question-text"><label for="${fieldId(variable)}">${questionText(question.text, question.required, context.language)}</label></h2>
${helpText(variable, question.help, context.language)}
${hint}
${errorMessage(variable, context)}
${control(question, context, describedBy)}`;
}

function control(question: InputQuestion, context: QuestionContext, describedBy: string | undefined): SafeHtml {
  const { variable } = question;
  const common = {
    id: fieldId(variable),
    name: variable,
    required: question.required,
    'aria-describedby': describedBy,
    'aria-invalid': hasProblem(variable, context) ? 'true' : undefined,
  };
  const value = shownText(variable, context);
  switch (question.type) {
    case 'number':
      return textInput({ ...common, inputmode: question.numberType === 'decimal' ? 'decimal' : 'numeric', 'data-kind': question.numberType, class: 'input input-number', value });
    case 'age':
      return textInput({ ...common, inputmode: 'numeric', 'data-kind': 'age', maxlength: 6, class: 'input input-short', value });
    case 'year_of_birth':
      return textInput({ ...common, inputmode: 'numeric', 'data-kind': 'year', maxlength: 4, class: 'input input-short', value });
    case 'date':
      return html`<input${attributes({ ...common, type: 'date', 'data-kind': 'date', min: question.min, max: question.max, class: 'input input-date', value })}>`;
    case 'municipality':
      return municipalitySelect(common, value, context);
    case 'short_text':
      return textInput({ ...common, maxlength: question.maxLength ?? DEFAULT_SHORT_TEXT_MAX_LENGTH, class: 'input', spellcheck: 'true', value });
    case 'long_text':
      return html`<textarea${attributes({ ...common, maxlength: question.maxLength ?? DEFAULT_LONG_TEXT_MAX_LENGTH, rows: 6, class: 'input textarea' })}>${value}</textarea>`;
  }
}

function textInput(values: Record<string, string | number | boolean | undefined>): SafeHtml {
  return html`<input${attributes({ type: 'text', autocomplete: 'off', spellcheck: 'false', ...values })}>`;
}

/** The limit of a text, with what the script needs to count down; the example year of a year of birth. */
function hintFor(question: Question, context: QuestionContext): SafeHtml | '' {
  const { language } = context;
  if (question.type === 'year_of_birth') return html`<p class="hint" id="${hintId(question.variable)}">${uiText('yearExample', language)}</p>`;
  if (question.type !== 'short_text' && question.type !== 'long_text') return '';
  const max = question.maxLength ?? (question.type === 'short_text' ? DEFAULT_SHORT_TEXT_MAX_LENGTH : DEFAULT_LONG_TEXT_MAX_LENGTH);
  return html`<p${attributes({
    class: 'hint character-limit',
    id: hintId(question.variable),
    'data-left-one': uiText('charactersLeft', language, { count: 1 }),
    'data-left-other': uiText('charactersLeft', language, { count: '{n}' }),
  })}>${uiText('textLimit', language, { max })}</p>`;
}

/** Grouped by county, as people look for their own county first; sorted as Norwegians sort. */
function municipalitySelect(common: Record<string, string | boolean | undefined>, selected: string, context: QuestionContext): SafeHtml {
  if (!context.municipalities) throw new Error('A municipality question needs the list of municipalities (`municipalities`)');
  const counties = new Map<string, MunicipalityOption[]>();
  for (const municipality of context.municipalities) counties.set(municipality.countyName, [...(counties.get(municipality.countyName) ?? []), municipality]);
  const byName = (a: string, b: string) => a.localeCompare(b, 'nb');
  return html`<select${attributes({ ...common, class: 'select', autocomplete: 'off' })}>
<option value="">${uiText('chooseMunicipality', context.language)}</option>
${[...counties.keys()].sort(byName).map(
  (county) => html`<optgroup label="${county}">${counties
    .get(county)!
    .slice()
    .sort((a, b) => byName(a.name, b.name))
    .map((municipality) => html`<option${attributes({ value: municipality.code, selected: municipality.code === selected })}>${municipality.name}</option>`)}</optgroup>`,
)}
</select>`;
}
