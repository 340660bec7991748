/**
 * Checks a questionnaire definition for the builder and before publishing: first the JSON shape
 * (JSON Schema via ajv), then, on a well-shaped definition, the content rules.
 */
import type { QuestionnaireDefinition } from '../definition/types';
import { checkShape } from '../schema/check-shape';
import { checkConditions } from './check-conditions';
import { checkIdentifiers } from './check-identifiers';
import { checkQuestions } from './check-questions';
import { checkLanguages, checkTexts } from './check-texts';
import { UNFINISHED_DRAFT_CODES, type DefinitionProblem } from './definition-problem';

export interface ValidateDefinitionOptions {
  /**
   * Publishing needs zero problems. A draft leaves out the problems of unfinished work (missing
   * translations, empty pages, option lists and matrices) but still reports mistakes.
   */
  forPublish?: boolean;
}

export function validateDefinition(definition: unknown, { forPublish = true }: ValidateDefinitionOptions = {}): DefinitionProblem[] {
  const shapeProblems = checkShape('definition', definition);
  if (shapeProblems.length > 0) return shapeProblems;
  const wellShaped = definition as QuestionnaireDefinition;
  const problems = [
    ...checkLanguages(wellShaped),
    ...checkIdentifiers(wellShaped),
    ...checkQuestions(wellShaped),
    ...checkConditions(wellShaped),
    ...checkTexts(wellShaped),
  ];
  return forPublish ? problems : problems.filter((problem) => !UNFINISHED_DRAFT_CODES.has(problem.code));
}
