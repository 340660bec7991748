/**
 * The one condition evaluator, used by the server, the builder preview and the respondent's
 * browser. Browser-safe: imports types and pure helpers only.
 *
 * Semantics (see FORMAT.md):
 * - Every comparison (equals, not_equals, in, greater, less) is false for an unanswered question;
 *   only `not_answered` is true then. Hidden questions count as unanswered.
 * - Multiple choice: `equals c` = c is selected; `not_equals c` = answered and c is not selected;
 *   `in [..]` = at least one of the codes is selected; `greater`/`less` are never true.
 * - `greater`/`less` compare numbers (number, age, year of birth, Likert and matrix codes) and ISO
 *   dates. A Likert "don't know" code is outside the scale: neither greater nor less than anything.
 * - An empty `all` is true, an empty `any` is false (the definition validator rejects both).
 */
import { isAnswered, type AnswerValue, type Answers } from '../answers/answer-types';
import type { Condition, ConditionNode, ConditionScalar, ConditionTerm } from '../definition/types';

export interface ConditionContext {
  /** Per answer variable, the "don't know" code that `greater`/`less` must not order. */
  readonly dontKnowCodes?: Readonly<Record<string, number>>;
}

export function evaluateCondition(condition: Condition | undefined, answers: Answers, context: ConditionContext = {}): boolean {
  return condition === undefined || evaluateNode(condition, answers, context);
}

function evaluateNode(node: ConditionNode, answers: Answers, context: ConditionContext): boolean {
  if ('all' in node) return node.all.every((child) => evaluateNode(child, answers, context));
  if ('any' in node) return node.any.some((child) => evaluateNode(child, answers, context));
  return evaluateTerm(node, answers, context);
}

function evaluateTerm(term: ConditionTerm, answers: Answers, context: ConditionContext): boolean {
  const answer: AnswerValue | undefined = answers[term.variable];
  if (term.op === 'answered') return isAnswered(answer);
  if (term.op === 'not_answered') return !isAnswered(answer);
  if (!isAnswered(answer)) return false;
  if (Array.isArray(answer)) return evaluateOnSelection(term, answer);
  return evaluateOnValue(term, answer as ConditionScalar, context.dontKnowCodes?.[term.variable]);
}

function evaluateOnSelection(term: ConditionTerm, selected: readonly number[]): boolean {
  const isSelected = (value: ConditionScalar) => selected.some((code) => code === value);
  switch (term.op) {
    case 'equals':
      return isScalar(term.value) && isSelected(term.value);
    case 'not_equals':
      return isScalar(term.value) && !isSelected(term.value);
    case 'in':
      return Array.isArray(term.value) && term.value.some(isSelected);
    default:
      return false;
  }
}

function evaluateOnValue(term: ConditionTerm, answer: ConditionScalar, dontKnowCode: number | undefined): boolean {
  switch (term.op) {
    case 'equals':
      return answer === term.value;
    case 'not_equals':
      return isScalar(term.value) && answer !== term.value;
    case 'in':
      return Array.isArray(term.value) && term.value.includes(answer);
    case 'greater':
      return isOrderable(answer, term.value, dontKnowCode) && answer > term.value;
    case 'less':
      return isOrderable(answer, term.value, dontKnowCode) && answer < term.value;
    default:
      return false;
  }
}

function isScalar(value: unknown): value is ConditionScalar {
  return typeof value === 'number' || typeof value === 'string';
}

function isOrderable(answer: ConditionScalar, value: unknown, dontKnowCode: number | undefined): value is ConditionScalar {
  return typeof answer === typeof value && isScalar(value) && answer !== dontKnowCode;
}
