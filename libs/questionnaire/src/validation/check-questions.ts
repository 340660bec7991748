/** Each question on its own: options present, sane scales, limits in order. */
import { isIsoDate } from '../calendar/iso-date';
import type { Question, QuestionnaireDefinition } from '../definition/types';
import { pagePath, questionPath, type DefinitionProblem } from './definition-problem';

export function checkQuestions(definition: QuestionnaireDefinition): DefinitionProblem[] {
  if (definition.pages.length === 0) return [{ path: '$.pages', code: 'no_pages', message: 'Add at least one page.' }];
  return definition.pages.flatMap((page, pageIndex) => {
    if (page.questions.length === 0) return [{ path: `${pagePath(pageIndex)}.questions`, code: 'empty_page', message: 'Add at least one question to this page.' }];
    return page.questions.flatMap((question, questionIndex) => checkQuestion(question, questionPath(pageIndex, questionIndex)));
  });
}

function checkQuestion(question: Question, path: string): DefinitionProblem[] {
  switch (question.type) {
    case 'single_choice':
      return checkOptionsPresent(question.options.length, path);
    case 'multiple_choice':
      return [...checkOptionsPresent(question.options.length, path), ...checkSelectionLimits(question.options.length, question.minSelections, question.maxSelections, path)];
    case 'likert':
      return checkDontKnowCode(question.scale.points, question.scale.dontKnow?.code, path);
    case 'matrix':
      return [
        ...(question.items.length === 0 ? [problem(`${path}.items`, 'empty_matrix', 'Add at least one item to the matrix.')] : []),
        ...checkDontKnowCode(question.scale.points, question.scale.dontKnow?.code, path),
      ];
    case 'number':
    case 'age':
      return checkOrder(question.min, question.max, `${path}.min`);
    case 'year_of_birth':
      return checkOrder(question.minAge, question.maxAge, `${path}.minAge`);
    case 'date':
      return checkDateLimits(question.min, question.max, path);
    default:
      return [];
  }
}

function checkOptionsPresent(count: number, path: string): DefinitionProblem[] {
  return count === 0 ? [problem(`${path}.options`, 'empty_options', 'Add at least one option.')] : [];
}

function checkSelectionLimits(optionCount: number, min: number | undefined, max: number | undefined, path: string): DefinitionProblem[] {
  if (min !== undefined && max !== undefined && min > max) {
    return [problem(`${path}.minSelections`, 'invalid_selection_limits', `minSelections (${min}) is greater than maxSelections (${max}).`)];
  }
  if (optionCount > 0 && min !== undefined && min > optionCount) {
    return [problem(`${path}.minSelections`, 'invalid_selection_limits', `minSelections (${min}) is more than the ${optionCount} options.`)];
  }
  return [];
}

function checkDontKnowCode(points: number, dontKnowCode: number | undefined, path: string): DefinitionProblem[] {
  if (dontKnowCode === undefined || dontKnowCode < 1 || dontKnowCode > points) return [];
  return [problem(`${path}.scale.dontKnow.code`, 'dont_know_code_on_scale', `The "don't know" code ${dontKnowCode} is a point on the 1–${points} scale; use a code outside it, such as 9 or 99.`)];
}

function checkOrder(min: number | undefined, max: number | undefined, path: string): DefinitionProblem[] {
  return min !== undefined && max !== undefined && min > max ? [problem(path, 'min_greater_than_max', `The minimum (${min}) is greater than the maximum (${max}).`)] : [];
}

function checkDateLimits(min: string | undefined, max: string | undefined, path: string): DefinitionProblem[] {
  const limits: Array<[string, string | undefined]> = [['min', min], ['max', max]];
  const invalid = limits
    .filter(([, date]) => date !== undefined && !isIsoDate(date))
    .map(([key]) => problem(`${path}.${key}`, 'invalid_date', 'This date does not exist.'));
  if (invalid.length > 0) return invalid;
  return min !== undefined && max !== undefined && min > max ? [problem(`${path}.min`, 'min_greater_than_max', `The first allowed date (${min}) is after the last (${max}).`)] : [];
}

function problem(path: string, code: DefinitionProblem['code'], message: string): DefinitionProblem {
  return { path, code, message };
}
