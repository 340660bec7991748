import {
  type DefinitionProblem,
  type Language,
  type PathProblem,
  type QuestionnaireDefinition,
  readabilitySummary,
  type ReadabilitySummary,
  SHAPE_PROBLEM_CODES,
  validateDefinition,
} from '@stemme/questionnaire';

/** Problems that stop a definition from being published in a study with these languages. */
export function publishProblems(definition: unknown, studyLanguages: readonly Language[]): PathProblem[] {
  const problems: PathProblem[] = validateDefinition(definition, { forPublish: true });
  if (problems.length === 0) problems.push(...languageProblems(definition as QuestionnaireDefinition, studyLanguages));
  return problems;
}

/**
 * Problems serious enough to refuse even saving a draft: the JSON is not a definition at all.
 * Unfinished or wrong content is fine in a draft; it only blocks publishing.
 */
export function draftProblems(definition: unknown): DefinitionProblem[] {
  return validateDefinition(definition, { forPublish: false }).filter((problem) => SHAPE_PROBLEM_CODES.has(problem.code));
}

/** The questionnaire must speak exactly the study's languages. */
function languageProblems(definition: QuestionnaireDefinition, studyLanguages: readonly Language[]): PathProblem[] {
  const own = [...definition.languages].sort().join(',');
  const study = [...studyLanguages].sort().join(',');
  if (own === study) return [];
  return [
    {
      path: '$.languages',
      code: 'languages_differ_from_study',
      message: `The questionnaire has the languages ${own}, but the study has ${study}`,
    },
  ];
}

/** Readability in every language of the definition, when its shape allows reading it. */
export function readabilityOf(definition: QuestionnaireDefinition, shapeIsValid: boolean): ReadabilitySummary[] | null {
  if (!shapeIsValid) return null;
  return definition.languages.map((language) => readabilitySummary(definition, language));
}

export function emptyDefinition(languages: readonly Language[]): QuestionnaireDefinition {
  return { formatVersion: 1, languages: [...languages], pages: [] };
}
