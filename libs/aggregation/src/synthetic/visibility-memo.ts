import {
  ageFromYearOfBirth,
  type Answers,
  type AnswerValue,
  type Condition,
  type ConditionNode,
  type IsoDate,
  type QuestionnaireDefinition,
  type Question,
  resolveVisibility,
} from '@stemme/questionnaire';

/**
 * `resolveVisibility` for many respondents of one questionnaire. Which questions a respondent
 * sees depends only on their answers to the variables that conditions name, so the result is
 * kept per combination of those answers: a national data set has a few hundred combinations and
 * a million respondents.
 */
export class VisibilityMemo {
  /** The variables that some page or question condition names. */
  readonly conditionVariables: readonly string[];
  private readonly known = new Map<string, ResolvedVisibility>();

  constructor(private readonly definition: QuestionnaireDefinition) {
    const variables = new Set<string>();
    const collect = (node: ConditionNode | undefined): void => {
      if (!node) return;
      if ('all' in node) node.all.forEach(collect);
      else if ('any' in node) node.any.forEach(collect);
      else variables.add(node.variable);
    };
    for (const page of definition.pages) {
      collect(page.condition as Condition | undefined);
      for (const question of page.questions) collect(question.condition);
    }
    this.conditionVariables = [...variables].sort();
  }

  /** As `respondentAge`: the first answered, visible age or year-of-birth question (answers to visible questions only). */
  statedAge(visible: Answers, submissionDate: IsoDate): number | undefined {
    for (const question of this.resolve(visible).ageQuestions) {
      const value = visible[question.variable];
      if (typeof value !== 'number' || !Number.isInteger(value)) continue;
      if (question.type === 'age') return value;
      if (question.type === 'year_of_birth') return ageFromYearOfBirth(value, submissionDate);
    }
    return undefined;
  }

  /** The visible variables and questions for these answers (only the deciding ones are read). */
  resolve(answers: Answers): ResolvedVisibility {
    let key = '';
    for (const variable of this.conditionVariables) key += `${JSON.stringify(answers[variable] ?? null)}|`;
    let result = this.known.get(key);
    if (!result) {
      const deciding: Record<string, AnswerValue> = {};
      for (const variable of this.conditionVariables) {
        const value = answers[variable];
        if (value !== undefined) deciding[variable] = value;
      }
      const visibility = resolveVisibility(this.definition, deciding);
      result = {
        variables: visibility.variables,
        ageQuestions: visibility.questions.filter((question) => question.type === 'age' || question.type === 'year_of_birth'),
      };
      this.known.set(key, result);
    }
    return result;
  }
}

export interface ResolvedVisibility {
  /** Visible question variables and the item variables of visible matrices. */
  variables: ReadonlySet<string>;
  /** The visible age and year-of-birth questions, in order. */
  ageQuestions: readonly Question[];
}
