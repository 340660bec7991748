/**
 * Shows and hides the page's live questions as the respondent answers, with the core's own
 * condition evaluator and the server's own reading of field values, in the same order as
 * `resolveVisibility`: a hidden question's answers count as unanswered for the ones after it.
 * Nothing is announced: a question that appears comes next in the reading and tab order, right
 * after the answer that revealed it.
 */
import type { AnswerValue, Condition, ConditionContext } from '../../../questionnaire/src/browser';
// The evaluator's own file rather than the whole browser entry: the bundle then leaves out the
// hash tables and the readability patterns, whose Unicode property escapes (ES2018) would stop the
// script from loading at all in an ES2017 browser.
import { evaluateCondition } from '../../../questionnaire/src/conditions/evaluate-condition';
import { readField, type FieldKind } from '../post/field-values';
import { SHOWN_FIELD } from '../post/form-fields';
import type { DocumentLike, ElementLike, FieldLike } from './dom';

interface QuestionBlock {
  element: ElementLike;
  variable: string;
  condition?: Condition;
}

export function startLiveConditions(document: DocumentLike, form: ElementLike): void {
  const blocks: QuestionBlock[] = Array.from(form.querySelectorAll('[data-question]')).map((element) => {
    const condition = element.getAttribute('data-condition');
    return { element, variable: element.getAttribute('data-question') ?? '', condition: condition ? (JSON.parse(condition) as Condition) : undefined };
  });
  if (!blocks.some((block) => block.condition)) return;
  const context: ConditionContext = { dontKnowCodes: JSON.parse(form.getAttribute('data-dont-know-codes') ?? '{}') as Record<string, number> };
  const shownField = form.querySelector(`input[name="${SHOWN_FIELD}"]`) as FieldLike | null;

  const update = () => {
    const answers: Record<string, AnswerValue> = {};
    const shown: string[] = [];
    let lastVisible: ElementLike | undefined;
    for (const block of blocks) {
      const visible = block.condition ? evaluateCondition(block.condition, answers, context) : true;
      if (!visible && !block.element.hidden && block.element.contains(document.activeElement)) focusFirstField(lastVisible);
      block.element.hidden = !visible;
      if (!visible) continue;
      if (block.condition) shown.push(block.variable);
      Object.assign(answers, readAnswers(block.element));
      lastVisible = block.element;
    }
    if (shownField) shownField.value = shown.join(' ');
  };
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  update();
}

/** The answers in one question, read as the server reads the posted form. */
function readAnswers(question: ElementLike): Record<string, AnswerValue> {
  const raw: Record<string, string[]> = {};
  const kinds: Record<string, FieldKind> = {};
  for (const field of Array.from(question.querySelectorAll('input, select, textarea')) as FieldLike[]) {
    if (!field.name) continue;
    const values = (raw[field.name] = raw[field.name] ?? []);
    if (field.type === 'radio' || field.type === 'checkbox') {
      kinds[field.name] = field.type === 'radio' ? 'code' : 'codes';
      if (field.checked) values.push(field.value);
    } else {
      kinds[field.name] = (field.getAttribute('data-kind') as FieldKind | null) ?? 'text';
      values.push(field.value);
    }
  }
  const answers: Record<string, AnswerValue> = {};
  for (const name of Object.keys(raw)) {
    const reading = readField(kinds[name], raw[name]);
    answers[name] = reading.ok ? reading.value : null;
  }
  return answers;
}

/** Only when the focus was inside a question that is now hidden: back to the one before it. */
function focusFirstField(question: ElementLike | undefined): void {
  question?.querySelector('input:not([type="hidden"]), select, textarea')?.focus();
}
