/**
 * Which pages and questions a respondent sees, given the answers so far. Browser-safe.
 *
 * Pages and questions are resolved in order. A condition sees only the answers of questions that
 * are themselves visible, so an answer left behind on a question that became hidden counts as
 * unanswered, and a (forbidden) reference to a later question always sees "unanswered".
 */
import type { AnswerValue, Answers } from '../answers/answer-types';
import { answerVariablesOf } from '../definition/answer-fields';
import type { Question, QuestionnaireDefinition } from '../definition/types';
import { conditionContextFor } from './condition-context';
import { evaluateCondition } from './evaluate-condition';

export interface Visibility {
  readonly pageIds: ReadonlySet<string>;
  /** Visible question variables and the item variables of visible matrices. */
  readonly variables: ReadonlySet<string>;
  readonly questions: readonly Question[];
  /** The given answers to visible questions only: what should be stored. */
  readonly answers: Answers;
}

export function resolveVisibility(definition: QuestionnaireDefinition, answers: Answers): Visibility {
  const context = conditionContextFor(definition);
  const pageIds = new Set<string>();
  const variables = new Set<string>();
  const questions: Question[] = [];
  const visibleAnswers: Record<string, AnswerValue> = {};

  for (const page of definition.pages) {
    if (!evaluateCondition(page.condition, visibleAnswers, context)) continue;
    pageIds.add(page.id);
    for (const question of page.questions) {
      if (!evaluateCondition(question.condition, visibleAnswers, context)) continue;
      questions.push(question);
      variables.add(question.variable);
      for (const variable of answerVariablesOf(question)) {
        variables.add(variable);
        const answer = answers[variable];
        if (answer !== undefined) visibleAnswers[variable] = answer;
      }
    }
  }
  return { pageIds, variables, questions, answers: visibleAnswers };
}

export function visibleQuestions(definition: QuestionnaireDefinition, answers: Answers): Question[] {
  return [...resolveVisibility(definition, answers).questions];
}

/** True for a visible question, or an item of a visible matrix. False for unknown variables. */
export function isQuestionVisible(definition: QuestionnaireDefinition, answers: Answers, variable: string): boolean {
  return resolveVisibility(definition, answers).variables.has(variable);
}

export function isPageVisible(definition: QuestionnaireDefinition, answers: Answers, pageId: string): boolean {
  return resolveVisibility(definition, answers).pageIds.has(pageId);
}
