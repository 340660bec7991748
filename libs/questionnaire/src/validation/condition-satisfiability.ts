/**
 * Can a condition ever be true? Each variable the condition mentions gets a small set of
 * candidate answers that covers every distinct outcome of the terms (the codes of a choice, the
 * numbers around each constant, "unanswered"...), and the real evaluator is run on every
 * combination. Answers to different questions are treated as independent.
 */
import type { AnswerValue } from '../answers/answer-types';
import { dayNumber, fromDayNumber, isIsoDate } from '../calendar/iso-date';
import { evaluateCondition, type ConditionContext } from '../conditions/evaluate-condition';
import { allowedCodesOf, type AnswerField } from '../definition/answer-fields';
import { DEFAULT_AGE_LIMITS, type Condition, type ConditionNode, type ConditionScalar, type MultipleChoiceQuestion, type Question } from '../definition/types';

const MAX_COMBINATIONS = 100_000;
const MAX_MENTIONED_OPTIONS = 12;

/** `undefined` when the condition is too large to decide, or mentions unknown variables. */
export function canEverBeTrue(condition: Condition, fields: ReadonlyMap<string, AnswerField>, context: ConditionContext): boolean | undefined {
  const constants = constantsByVariable(condition);
  const domains: Array<[string, AnswerValue[]]> = [];
  for (const [variable, values] of constants) {
    const field = fields.get(variable);
    const candidates = field && candidateAnswers(field.question, values);
    if (!candidates) return undefined;
    domains.push([variable, [null, ...candidates]]);
  }
  if (domains.reduce((product, [, candidates]) => product * candidates.length, 1) > MAX_COMBINATIONS) return undefined;
  return someCombination(domains, {}, (answers) => evaluateCondition(condition, answers, context));
}

function someCombination(domains: Array<[string, AnswerValue[]]>, answers: Record<string, AnswerValue>, test: (answers: Record<string, AnswerValue>) => boolean): boolean {
  if (domains.length === 0) return test(answers);
  const [[variable, candidates], ...rest] = domains;
  return candidates.some((candidate) => someCombination(rest, { ...answers, [variable]: candidate }, test));
}

function constantsByVariable(node: ConditionNode, into = new Map<string, ConditionScalar[]>()): Map<string, ConditionScalar[]> {
  if ('all' in node || 'any' in node) {
    for (const child of 'all' in node ? node.all : node.any) constantsByVariable(child, into);
    return into;
  }
  const values = node.value === undefined ? [] : Array.isArray(node.value) ? node.value : [node.value];
  into.set(node.variable, [...(into.get(node.variable) ?? []), ...values]);
  return into;
}

/** Answered candidates only; "unanswered" is added by the caller. */
function candidateAnswers(question: Question, constants: ConditionScalar[]): AnswerValue[] | undefined {
  const numbers = constants.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  switch (question.type) {
    case 'single_choice':
    case 'likert':
    case 'matrix':
      return allowedCodesOf(question);
    case 'multiple_choice':
      return candidateSelections(question, numbers);
    case 'number':
      return candidateNumbers(numbers, question.min, question.max, question.numberType === 'integer');
    case 'age':
      return candidateNumbers(numbers, question.min ?? DEFAULT_AGE_LIMITS.min, question.max ?? DEFAULT_AGE_LIMITS.max, true);
    case 'year_of_birth':
      return candidateNumbers(numbers, undefined, undefined, true);
    case 'date': {
      const days = constants.filter(isIsoDate).map(dayNumber);
      const bound = (date: string | undefined) => (date !== undefined && isIsoDate(date) ? dayNumber(date) : undefined);
      return candidateNumbers(days, bound(question.min), bound(question.max), true).map(fromDayNumber);
    }
    case 'municipality': {
      const named = constants.filter((value): value is string => typeof value === 'string');
      const unnamed = Array.from({ length: named.length + 1 }, (_, index) => String(index).padStart(4, '0')).find((code) => !named.includes(code));
      return [...named, unnamed as string];
    }
    case 'short_text':
    case 'long_text':
      return ['text'];
  }
}

/**
 * Numbers next to every constant and bound. Each term changes its truth only at a constant, so
 * the constants, the numbers just beside them and one number in each gap between them cover all
 * outcomes; for integers "just beside" is ±1.
 */
function candidateNumbers(constants: number[], min: number | undefined, max: number | undefined, integer: boolean): number[] {
  const points = [...constants, ...(min === undefined ? [] : [min]), ...(max === undefined ? [] : [max])];
  if (points.length === 0) return [min ?? max ?? 0];
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const candidates = integer
    ? sorted.flatMap((point) => [Math.floor(point) - 1, Math.floor(point), Math.ceil(point), Math.ceil(point) + 1])
    : [sorted[0] - 1, ...sorted, ...sorted.slice(1).map((point, index) => (point + sorted[index]) / 2), sorted[sorted.length - 1] + 1];
  return [...new Set(candidates)].filter((value) => (min === undefined || value >= min) && (max === undefined || value <= max) && (!integer || Number.isInteger(value)));
}

/**
 * Every combination of the mentioned codes, padded with unmentioned ones to meet the selection
 * limits; the terms cannot tell unmentioned codes apart.
 */
function candidateSelections(question: MultipleChoiceQuestion, constants: number[]): AnswerValue[] | undefined {
  const codes = question.options.map((option) => option.code);
  const mentioned = codes.filter((code) => constants.includes(code));
  const others = codes.filter((code) => !constants.includes(code));
  if (mentioned.length > MAX_MENTIONED_OPTIONS) return undefined;
  const min = Math.max(question.minSelections ?? 1, 1);
  const max = question.maxSelections ?? Infinity;
  const selections: number[][] = [];
  for (let mask = 0; mask < 2 ** mentioned.length; mask++) {
    const chosen = mentioned.filter((_, index) => mask & (2 ** index));
    const padding = Math.max(min - chosen.length, 0);
    if (padding <= others.length && chosen.length + padding <= max) selections.push([...chosen, ...others.slice(0, padding)]);
  }
  return selections;
}
