import { answerFields } from '../definition/answer-fields';
import type { QuestionnaireDefinition } from '../definition/types';
import type { ConditionContext } from './evaluate-condition';

/** What the evaluator needs to know about the definition: the "don't know" code per variable. */
export function conditionContextFor(definition: QuestionnaireDefinition): ConditionContext {
  const dontKnowCodes: Record<string, number> = {};
  for (const { variable, question } of answerFields(definition)) {
    if ((question.type === 'likert' || question.type === 'matrix') && question.scale.dontKnow) {
      dontKnowCodes[variable] = question.scale.dontKnow.code;
    }
  }
  return { dontKnowCodes };
}
