/**
 * The questionnaire definition: plain data, stored as JSON, shared by the builder, the respondent
 * form, the API and the workers. Codes and variable names are stable across versions; texts may
 * change. See FORMAT.md for the documented file format.
 */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One text in several languages. Bokmål (nb) is always present in a published questionnaire. */
export type Texts = Partial<Record<Language, string>>;

export const FORMAT_VERSION = 1;

export interface QuestionnaireDefinition {
  formatVersion: typeof FORMAT_VERSION;
  languages: Language[];
  pages: Page[];
}

export interface Page {
  id: string;
  title: Texts;
  condition?: Condition;
  questions: Question[];
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | LikertQuestion
  | MatrixQuestion
  | NumberQuestion
  | AgeQuestion
  | YearOfBirthQuestion
  | MunicipalityQuestion
  | ShortTextQuestion
  | LongTextQuestion
  | DateQuestion;

export type QuestionType = Question['type'];

interface QuestionBase<Type extends string> {
  type: Type;
  /** Stable data and export column name, e.g. `q12_access`. */
  variable: string;
  text: Texts;
  help?: Texts;
  required?: boolean;
  condition?: Condition;
}

export interface ChoiceOption {
  /** Keeps its meaning across versions; the label may be reworded. */
  code: number;
  label: Texts;
}

export interface SingleChoiceQuestion extends QuestionBase<'single_choice'> {
  options: ChoiceOption[];
}

export interface MultipleChoiceQuestion extends QuestionBase<'multiple_choice'> {
  options: ChoiceOption[];
  minSelections?: number;
  maxSelections?: number;
}

/** Points are coded 1..points; the optional "don't know" has its own code outside that range. */
export interface LikertScale {
  points: number;
  lowLabel: Texts;
  highLabel: Texts;
  dontKnow?: ChoiceOption;
}

export interface LikertQuestion extends QuestionBase<'likert'> {
  scale: LikertScale;
}

/** Several Likert items on one scale. Answers are keyed by the item variables, not the matrix's. */
export interface MatrixQuestion extends QuestionBase<'matrix'> {
  scale: LikertScale;
  items: MatrixItem[];
}

export interface MatrixItem {
  variable: string;
  code: number;
  text: Texts;
}

export interface NumberQuestion extends QuestionBase<'number'> {
  numberType: 'integer' | 'decimal';
  min?: number;
  max?: number;
}

/** Age in whole years; mapped to the study's age bands. */
export interface AgeQuestion extends QuestionBase<'age'> {
  min?: number;
  max?: number;
}

/** Mapped to an age with `ageFromYearOfBirth` at the submission date. */
export interface YearOfBirthQuestion extends QuestionBase<'year_of_birth'> {
  minAge?: number;
  maxAge?: number;
}

/** A 4-digit municipality number picked from the register; the list is not in the definition. */
export type MunicipalityQuestion = QuestionBase<'municipality'>;

export interface ShortTextQuestion extends QuestionBase<'short_text'> {
  maxLength?: number;
}

export interface LongTextQuestion extends QuestionBase<'long_text'> {
  maxLength?: number;
}

/** Answers and limits are ISO calendar dates, `YYYY-MM-DD`. */
export interface DateQuestion extends QuestionBase<'date'> {
  min?: string;
  max?: string;
}

export type Condition = AllCondition | AnyCondition;
export type ConditionNode = Condition | ConditionTerm;

export interface AllCondition {
  all: ConditionNode[];
}

export interface AnyCondition {
  any: ConditionNode[];
}

export const CONDITION_OPERATORS = ['equals', 'not_equals', 'in', 'greater', 'less', 'answered', 'not_answered'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export type ConditionScalar = number | string;
export type ConditionValue = ConditionScalar | ConditionScalar[];

export interface ConditionTerm {
  /** A question variable, or a matrix item variable (never the matrix's own variable). */
  variable: string;
  op: ConditionOperator;
  value?: ConditionValue;
}

export const DEFAULT_SHORT_TEXT_MAX_LENGTH = 200;
export const DEFAULT_LONG_TEXT_MAX_LENGTH = 4000;
export const DEFAULT_AGE_LIMITS = { min: 0, max: 120 } as const;
