/**
 * Conditions point back to earlier questions, use operators and values that fit the answer, and
 * can be true for some respondent.
 */
import { conditionContextFor } from '../conditions/condition-context';
import type { ConditionContext } from '../conditions/evaluate-condition';
import { allowedCodesOf, answerFieldsByVariable, type AnswerField } from '../definition/answer-fields';
import type { Condition, ConditionNode, ConditionScalar, ConditionTerm, QuestionnaireDefinition } from '../definition/types';
import { canEverBeTrue } from './condition-satisfiability';
import { ALLOWED_OPERATORS, answerKindOf, describeExpectedValue, isValidConditionValue } from './condition-operators';
import { pagePath, questionPath, type DefinitionProblem } from './definition-problem';

interface Position {
  pageIndex: number;
  /** Absent for a page's own condition. */
  questionIndex?: number;
}

interface Scope {
  fields: ReadonlyMap<string, AnswerField>;
  matrixVariables: ReadonlySet<string>;
  context: ConditionContext;
}

export function checkConditions(definition: QuestionnaireDefinition): DefinitionProblem[] {
  const scope: Scope = {
    fields: answerFieldsByVariable(definition),
    matrixVariables: new Set(definition.pages.flatMap((page) => page.questions.filter((question) => question.type === 'matrix').map((question) => question.variable))),
    context: conditionContextFor(definition),
  };
  return definition.pages.flatMap((page, pageIndex) => [
    ...(page.condition ? checkCondition(page.condition, `${pagePath(pageIndex)}.condition`, { pageIndex }, scope) : []),
    ...page.questions.flatMap((question, questionIndex) =>
      question.condition ? checkCondition(question.condition, `${questionPath(pageIndex, questionIndex)}.condition`, { pageIndex, questionIndex }, scope) : [],
    ),
  ]);
}

function checkCondition(condition: Condition, path: string, position: Position, scope: Scope): DefinitionProblem[] {
  const problems = checkNode(condition, path, position, scope);
  if (problems.length === 0 && canEverBeTrue(condition, scope.fields, scope.context) === false) {
    problems.push({ path, code: 'condition_never_true', message: 'No combination of answers makes this condition true; its terms contradict each other.' });
  }
  return problems;
}

function checkNode(node: ConditionNode, path: string, position: Position, scope: Scope): DefinitionProblem[] {
  if (!('all' in node) && !('any' in node)) return checkTerm(node, path, position, scope);
  const [key, children] = 'all' in node ? ['all', node.all] : ['any', node.any];
  if (children.length === 0) return [{ path: `${path}.${key}`, code: 'empty_condition_group', message: `An empty "${key}" group; add terms or remove it.` }];
  return children.flatMap((child, index) => checkNode(child, `${path}.${key}[${index}]`, position, scope));
}

function checkTerm(term: ConditionTerm, path: string, position: Position, scope: Scope): DefinitionProblem[] {
  const field = scope.fields.get(term.variable);
  if (!field) {
    return scope.matrixVariables.has(term.variable)
      ? [{ path: `${path}.variable`, code: 'condition_on_matrix_question', message: `"${term.variable}" is a matrix; refer to one of its item variables.` }]
      : [{ path: `${path}.variable`, code: 'unknown_condition_variable', message: `No question or matrix item has the variable "${term.variable}".` }];
  }
  if (!isEarlier(field, position)) {
    return [{ path: `${path}.variable`, code: 'condition_not_earlier', message: `"${term.variable}" does not come before this ${position.questionIndex === undefined ? 'page' : 'question'}; conditions may only use earlier answers.` }];
  }
  const kind = answerKindOf(field.question);
  if (!ALLOWED_OPERATORS[kind].includes(term.op)) {
    return [{ path: `${path}.op`, code: 'operator_not_allowed', message: `"${term.op}" cannot be used on a ${field.question.type} question; use one of ${ALLOWED_OPERATORS[kind].join(', ')}.` }];
  }
  const valueProblems = checkValue(term, field, `${path}.value`);
  if (valueProblems.length > 0) return valueProblems;
  if (canEverBeTrue({ all: [term] }, scope.fields, scope.context) === false) {
    return [{ path, code: 'condition_never_true', message: `No answer to "${term.variable}" makes this term true.` }];
  }
  return [];
}

function checkValue(term: ConditionTerm, field: AnswerField, path: string): DefinitionProblem[] {
  const { value, op } = term;
  if (op === 'answered' || op === 'not_answered') {
    return value === undefined ? [] : [{ path, code: 'unexpected_condition_value', message: `"${op}" takes no value.` }];
  }
  if (value === undefined) return [{ path, code: 'missing_condition_value', message: `"${op}" needs a value.` }];
  if ((op === 'in') !== Array.isArray(value)) {
    return [{ path, code: 'invalid_condition_value', message: op === 'in' ? '"in" needs a list of values.' : `"${op}" needs a single value, not a list.` }];
  }
  const values: Array<[ConditionScalar, string]> = Array.isArray(value) ? value.map((element, index) => [element, `${path}[${index}]`]) : [[value, path]];
  return values.flatMap(([element, elementPath]) => checkValueElement(element, elementPath, term, field));
}

function checkValueElement(value: ConditionScalar, path: string, term: ConditionTerm, field: AnswerField): DefinitionProblem[] {
  const kind = answerKindOf(field.question);
  if (!isValidConditionValue(kind, term.op, value)) {
    return [{ path, code: 'invalid_condition_value', message: `${JSON.stringify(value)} is not ${describeExpectedValue(kind)}.` }];
  }
  const codes = allowedCodesOf(field.question);
  const comparesCodes = term.op === 'equals' || term.op === 'not_equals' || term.op === 'in';
  if (codes && comparesCodes && !codes.includes(value as number)) {
    return [{ path, code: 'unknown_condition_code', message: `"${term.variable}" has no answer with code ${value}; its codes are ${codes.join(', ')}.` }];
  }
  return [];
}

function isEarlier(field: AnswerField, position: Position): boolean {
  if (position.questionIndex === undefined) return field.pageIndex < position.pageIndex;
  return field.pageIndex < position.pageIndex || (field.pageIndex === position.pageIndex && field.questionIndex < position.questionIndex);
}
