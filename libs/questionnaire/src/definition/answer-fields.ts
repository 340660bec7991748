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

/**
 * The definition's answer slots in questionnaire order. Kept per definition object, since the
 * respondent path asks for them several times per submission; definitions may be edited in place
 * (the admin's builder does, on its drafts), so a kept list is checked against the definition before
 * it is used again: the same pages, questions and items in the same places, with the same variables.
 */
export function answerFields(definition: QuestionnaireDefinition): readonly AnswerField[] {
  return keptFields(definition).fields;
}

export function answerFieldsByVariable(definition: QuestionnaireDefinition): ReadonlyMap<string, AnswerField> {
  const kept = keptFields(definition);
  kept.byVariable ??= new Map(kept.fields.map((field) => [field.variable, field]));
  return kept.byVariable;
}

interface KeptFields {
  fields: readonly AnswerField[];
  byVariable?: ReadonlyMap<string, AnswerField>;
}

const kept = new WeakMap<QuestionnaireDefinition, KeptFields>();

function keptFields(definition: QuestionnaireDefinition): KeptFields {
  const found = kept.get(definition);
  if (found && stillMatches(found.fields, definition)) return found;
  const fresh: KeptFields = { fields: Object.freeze(listFields(definition)) };
  kept.set(definition, fresh);
  return fresh;
}

function listFields(definition: QuestionnaireDefinition): AnswerField[] {
  return definition.pages.flatMap((page, pageIndex) =>
    page.questions.flatMap((question, questionIndex): AnswerField[] =>
      question.type === 'matrix'
        ? question.items.map((item) => ({ variable: item.variable, question, item, pageIndex, questionIndex }))
        : [{ variable: question.variable, question, pageIndex, questionIndex }],
    ),
  );
}

// A field refers to its question and item, so what can go stale is only where they stand and the variable copied from them.
function stillMatches(fields: readonly AnswerField[], definition: QuestionnaireDefinition): boolean {
  let next = 0;
  for (let pageIndex = 0; pageIndex < definition.pages.length; pageIndex++) {
    const questions = definition.pages[pageIndex].questions;
    for (let questionIndex = 0; questionIndex < questions.length; questionIndex++) {
      const question = questions[questionIndex];
      const items = question.type === 'matrix' ? question.items : [undefined];
      for (const item of items) {
        const field = fields[next++];
        if (!field || field.question !== question || field.item !== item || field.pageIndex !== pageIndex || field.questionIndex !== questionIndex) return false;
        if (field.variable !== (item ?? question).variable) return false;
      }
    }
  }
  return next === fields.length;
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
