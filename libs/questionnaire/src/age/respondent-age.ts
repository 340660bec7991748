import type { Answers } from '../answers/answer-types';
import type { IsoDate } from '../calendar/iso-date';
import { resolveVisibility } from '../conditions/visibility';
import type { QuestionnaireDefinition } from '../definition/types';
import { ageFromYearOfBirth } from './age-bands';

/** The age given by the first answered, visible age or year-of-birth question. */
export function respondentAge(definition: QuestionnaireDefinition, answers: Answers, submissionDate: IsoDate): number | undefined {
  const visibility = resolveVisibility(definition, answers);
  for (const question of visibility.questions) {
    const value = visibility.answers[question.variable];
    if (typeof value !== 'number' || !Number.isInteger(value)) continue;
    if (question.type === 'age') return value;
    if (question.type === 'year_of_birth') return ageFromYearOfBirth(value, submissionDate);
  }
  return undefined;
}
