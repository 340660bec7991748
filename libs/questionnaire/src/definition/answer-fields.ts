import type { LikertScale, MatrixItem, Question, QuestionnaireDefinition } from './types';

/**
 * One answer slot: a question, or one item of a matrix. Answers, conditions and exports are keyed
 * by `variable`; the position tells which questions come earlier.
 */
export interface AnswerField {
  variable: string;
  question: Question;
  item?: MatrixItem;
  pageIndex: number;
  questionIndex: number;
}

export function answerVariablesOf(question: Question): string[] {
  return question.type === 'matrix' ? question.items.map((item) => item.variable) : [question.variable];
}

export function answerFields(definition: QuestionnaireDefinition): AnswerField[] {
  return definition.pages.flatMap((page, pageIndex) =>
    page.questions.flatMap((question, questionIndex): AnswerField[] =>
      question.type === 'matrix'
        ? question.items.map((item) => ({ variable: item.variable, question, item, pageIndex, questionIndex }))
        : [{ variable: question.variable, question, pageIndex, questionIndex }],
    ),
  );
}

export function answerFieldsByVariable(definition: QuestionnaireDefinition): Map<string, AnswerField> {
  return new Map(answerFields(definition).map((field) => [field.variable, field]));
}

export function scaleOf(question: Question): LikertScale | undefined {
  return question.type === 'likert' || question.type === 'matrix' ? question.scale : undefined;
}

/** The codes a choice-like answer may take: options, or scale points 1..n plus "don't know". */
export function allowedCodesOf(question: Question): number[] | undefined {
  if (question.type === 'single_choice' || question.type === 'multiple_choice') return question.options.map((option) => option.code);
  const scale = scaleOf(question);
  if (!scale) return undefined;
  const points = Array.from({ length: scale.points }, (_, index) => index + 1);
  return scale.dontKnow ? [...points, scale.dontKnow.code] : points;
}
