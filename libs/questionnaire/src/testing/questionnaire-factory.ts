/**
 * Builders for tests: a valid, bokmål-only questionnaire by default, so each test states only
 * what matters to it.
 */
import type {
  AgeQuestion,
  Condition,
  DateQuestion,
  LikertQuestion,
  LikertScale,
  MatrixQuestion,
  MultipleChoiceQuestion,
  NumberQuestion,
  Page,
  Question,
  QuestionnaireDefinition,
  SingleChoiceQuestion,
  YearOfBirthQuestion,
} from '../definition/types';

export function definitionWith(...questions: Question[]): QuestionnaireDefinition {
  return definitionWithPages(page('first', questions));
}

export function definitionWithPages(...pages: Page[]): QuestionnaireDefinition {
  return { formatVersion: 1, languages: ['nb'], pages };
}

export function page(id: string, questions: Question[], condition?: Condition): Page {
  return { id, title: { nb: `Side ${id}` }, questions, ...(condition ? { condition } : {}) };
}

export function singleChoice(variable: string, extras: Partial<SingleChoiceQuestion> = {}): SingleChoiceQuestion {
  return { type: 'single_choice', variable, text: { nb: `Spørsmål ${variable}` }, options: options([1, 2, 3]), ...extras };
}

export function multipleChoice(variable: string, extras: Partial<MultipleChoiceQuestion> = {}): MultipleChoiceQuestion {
  return { type: 'multiple_choice', variable, text: { nb: `Spørsmål ${variable}` }, options: options([1, 2, 3]), ...extras };
}

export const FIVE_POINTS_WITH_DONT_KNOW: LikertScale = {
  points: 5,
  lowLabel: { nb: 'Helt uenig' },
  highLabel: { nb: 'Helt enig' },
  dontKnow: { code: 9, label: { nb: 'Vet ikke' } },
};

export function likert(variable: string, extras: Partial<LikertQuestion> = {}): LikertQuestion {
  return { type: 'likert', variable, text: { nb: `Påstand ${variable}` }, scale: FIVE_POINTS_WITH_DONT_KNOW, ...extras };
}

export function matrix(variable: string, itemVariables: string[], extras: Partial<MatrixQuestion> = {}): MatrixQuestion {
  return {
    type: 'matrix',
    variable,
    text: { nb: 'Hvor enig er du?' },
    scale: FIVE_POINTS_WITH_DONT_KNOW,
    items: itemVariables.map((itemVariable, index) => ({ variable: itemVariable, code: index + 1, text: { nb: `Påstand ${itemVariable}` } })),
    ...extras,
  };
}

export function numberQuestion(variable: string, extras: Partial<NumberQuestion> = {}): NumberQuestion {
  return { type: 'number', variable, text: { nb: 'Hvor mange?' }, numberType: 'integer', ...extras };
}

export function ageQuestion(variable: string, extras: Partial<AgeQuestion> = {}): AgeQuestion {
  return { type: 'age', variable, text: { nb: 'Hvor gammel er du?' }, ...extras };
}

export function yearOfBirthQuestion(variable: string, extras: Partial<YearOfBirthQuestion> = {}): YearOfBirthQuestion {
  return { type: 'year_of_birth', variable, text: { nb: 'Hvilket år er du født?' }, ...extras };
}

export function dateQuestion(variable: string, extras: Partial<DateQuestion> = {}): DateQuestion {
  return { type: 'date', variable, text: { nb: 'Når?' }, ...extras };
}

export function textQuestion(variable: string, type: 'short_text' | 'long_text' = 'short_text', extras: { maxLength?: number; required?: boolean; condition?: Condition } = {}): Question {
  return { type, variable, text: { nb: 'Skriv' }, ...extras };
}

export function municipalityQuestion(variable: string, extras: { required?: boolean } = {}): Question {
  return { type: 'municipality', variable, text: { nb: 'Hvilken kommune?' }, ...extras };
}

export function equals(variable: string, value: number | string): Condition {
  return { all: [{ variable, op: 'equals', value }] };
}

function options(codes: number[]) {
  return codes.map((code) => ({ code, label: { nb: `Svar ${code}` } }));
}
