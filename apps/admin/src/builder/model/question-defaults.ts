/** New questions start with what their type needs, ready to fill in; variables are unique. */
import type { ChoiceOption, LikertScale, Question, QuestionType } from '@questionnaire/browser';
import { type EditorDefinition, type EditorQuestion, newUiKey, uniqueName, usedVariables } from './editor-model';

export const QUESTION_TYPES: QuestionType[] = [
  'single_choice',
  'multiple_choice',
  'likert',
  'matrix',
  'number',
  'age',
  'year_of_birth',
  'municipality',
  'short_text',
  'long_text',
  'date',
];

const emptyScale = (): LikertScale => ({ points: 5, lowLabel: {}, highLabel: {} });
const twoOptions = (): ChoiceOption[] => [
  { code: 1, label: {} },
  { code: 2, label: {} },
];

export function newQuestion(type: QuestionType, editor: EditorDefinition): EditorQuestion {
  const used = usedVariables(editor);
  const count = editor.pages.reduce((sum, page) => sum + page.questions.length, 0);
  const variable = uniqueName(`q${count + 1}`, used);
  return { ...withType({ type: 'short_text', variable, text: {} }, type, used), uiKey: newUiKey('q') };
}

/**
 * The question as another type: wording, variable, help, "required" and condition stay; options
 * carry over between the two choice types and the scale between Likert and matrix.
 */
export function changeType(question: EditorQuestion, type: QuestionType, editor: EditorDefinition): EditorQuestion {
  const used = usedVariables(editor);
  used.delete(question.variable);
  return { ...withType(question, type, used), uiKey: question.uiKey };
}

function withType(question: Question, type: QuestionType, used: Set<string>): Question {
  const base = { variable: question.variable, text: question.text, help: question.help, required: question.required, condition: question.condition };
  const options = 'options' in question ? question.options : twoOptions();
  const scale = 'scale' in question ? question.scale : emptyScale();
  switch (type) {
    case 'single_choice':
      return { ...base, type, options };
    case 'multiple_choice':
      return { ...base, type, options };
    case 'likert':
      return { ...base, type, scale };
    case 'matrix':
      return {
        ...base,
        type,
        scale,
        items: question.type === 'matrix' ? question.items : [{ variable: uniqueName(`${question.variable}_1`, used), code: 1, text: {} }],
      };
    case 'number':
      return { ...base, type, numberType: 'integer' };
    case 'age':
    case 'year_of_birth':
    case 'municipality':
    case 'short_text':
    case 'long_text':
    case 'date':
      return { ...base, type };
  }
}

/** "Don't know" needs a code outside the scale's points 1..n. */
export function dontKnowCodeFor(points: number): number {
  return points < 9 ? 9 : 99;
}
