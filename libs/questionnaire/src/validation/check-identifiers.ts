/** Page ids, variable names and codes: well-formed and unique where they must be. */
import type { Question, QuestionnaireDefinition } from '../definition/types';
import { pagePath, questionPath, type DefinitionProblem } from './definition-problem';

/** Also a safe column name in PostgreSQL, SPSS, Stata and R. */
export const VARIABLE_NAME_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

export function checkIdentifiers(definition: QuestionnaireDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const pageIds = new Map<string, string>();
  const variables = new Map<string, string>();

  const checkName = (name: string, path: string, seen: Map<string, string>, kind: 'page' | 'variable') => {
    if (!VARIABLE_NAME_PATTERN.test(name)) {
      problems.push({
        path,
        code: kind === 'page' ? 'invalid_page_id' : 'invalid_variable_name',
        message: `"${name}" must start with a-z and use only a-z, 0-9 and _ (at most 63 characters).`,
      });
    }
    const earlier = seen.get(name);
    if (earlier === undefined) seen.set(name, path);
    else problems.push({ path, code: kind === 'page' ? 'duplicate_page_id' : 'duplicate_variable', message: `"${name}" is already used at ${earlier}.` });
  };

  definition.pages.forEach((page, pageIndex) => {
    checkName(page.id, `${pagePath(pageIndex)}.id`, pageIds, 'page');
    page.questions.forEach((question, questionIndex) => {
      const path = questionPath(pageIndex, questionIndex);
      checkName(question.variable, `${path}.variable`, variables, 'variable');
      if (question.type === 'matrix') question.items.forEach((item, index) => checkName(item.variable, `${path}.items[${index}].variable`, variables, 'variable'));
      problems.push(...checkUniqueCodes(question, path));
    });
  });
  return problems;
}

function checkUniqueCodes(question: Question, path: string): DefinitionProblem[] {
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    return duplicates(question.options.map((option) => option.code)).map((index) => ({
      path: `${path}.options[${index}].code`,
      code: 'duplicate_option_code',
      message: `Code ${question.options[index].code} is used by two options.`,
    }));
  }
  if (question.type === 'matrix') {
    return duplicates(question.items.map((item) => item.code)).map((index) => ({
      path: `${path}.items[${index}].code`,
      code: 'duplicate_item_code',
      message: `Code ${question.items[index].code} is used by two items.`,
    }));
  }
  return [];
}

/** Indexes of values seen before. */
function duplicates(values: number[]): number[] {
  return values.flatMap((value, index) => (values.indexOf(value) < index ? [index] : []));
}
