/**
 * Checks a respondent's answers against the definition, with messages the respondent can act on.
 * Browser-safe, so the form can check before sending and the server after receiving.
 */
import type { IsoDate } from '../calendar/iso-date';
import { resolveVisibility } from '../conditions/visibility';
import { answerFields, answerFieldsByVariable } from '../definition/answer-fields';
import type { Language, QuestionnaireDefinition } from '../definition/types';
import { answerMessage } from './answer-messages';
import { isAnswered, type Answers } from './answer-types';
import { checkAnswer, type AnswerIssue, type AnswerProblemCode } from './check-answer';

export interface AnswerProblem {
  variable: string;
  code: AnswerProblemCode;
  message: string;
}

export interface ValidateAnswersOptions {
  language: Language;
  /** The submission's calendar date in Norway; year-of-birth limits are counted from it. */
  today: IsoDate;
  /** The municipality numbers in force; without it only the 4-digit form is checked. */
  knownMunicipalities?: ReadonlySet<string>;
}

/** At most one problem per variable, in questionnaire order; unknown variables come last. */
export function validateAnswers(definition: QuestionnaireDefinition, answers: Answers, options: ValidateAnswersOptions): AnswerProblem[] {
  const visibility = resolveVisibility(definition, answers);
  const problems: AnswerProblem[] = [];
  const report = (variable: string, issue: AnswerIssue) =>
    problems.push({ variable, code: issue.code, message: answerMessage(issue.message, options.language, issue.params) });

  for (const field of answerFields(definition)) {
    const value = answers[field.variable];
    if (!visibility.variables.has(field.variable)) {
      if (isAnswered(value)) report(field.variable, { code: 'answered_hidden_question', message: 'answered_hidden_question' });
      continue;
    }
    const issue = checkAnswer(field, value, options);
    if (issue) report(field.variable, issue);
  }

  const known = answerFieldsByVariable(definition);
  for (const [variable, value] of Object.entries(answers)) {
    if (value !== undefined && !known.has(variable)) report(variable, { code: 'unknown_variable', message: 'unknown_variable' });
  }
  return problems;
}
