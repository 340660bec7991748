/**
 * What the builder edits: the questionnaire definition with a stable `uiKey` on every page and
 * question, so that React keeps each card's state and focus while cards move, and so that
 * problems found in a saved copy stay on the right question after later reordering. The keys
 * never reach the API: `toDefinition` removes them.
 */
import type { Language, Page, Question, QuestionnaireDefinition } from '@questionnaire/browser';

export type EditorQuestion = Question & { uiKey: string };
export type EditorPage = Omit<Page, 'questions'> & { uiKey: string; questions: EditorQuestion[] };
export type EditorDefinition = Omit<QuestionnaireDefinition, 'pages'> & { pages: EditorPage[] };

let counter = 0;
export function newUiKey(prefix: 'p' | 'q'): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export function toEditor(definition: QuestionnaireDefinition): EditorDefinition {
  return {
    ...definition,
    pages: definition.pages.map((page) => ({
      ...page,
      uiKey: newUiKey('p'),
      questions: page.questions.map((question) => ({ ...question, uiKey: newUiKey('q') })),
    })),
  };
}

export function toDefinition(editor: EditorDefinition): QuestionnaireDefinition {
  return {
    ...editor,
    pages: editor.pages.map(({ uiKey: _page, ...page }) => ({
      ...page,
      questions: page.questions.map(({ uiKey: _question, ...question }) => question as Question),
    })),
  };
}

/** Changes a copy: the recipe may mutate what it is given. */
export function produce(editor: EditorDefinition, recipe: (draft: EditorDefinition) => void): EditorDefinition {
  const draft = structuredClone(editor);
  recipe(draft);
  return draft;
}

export interface QuestionLocation {
  page: EditorPage;
  pageIndex: number;
  question: EditorQuestion;
  questionIndex: number;
}

export function findQuestion(editor: EditorDefinition, uiKey: string): QuestionLocation | undefined {
  for (const [pageIndex, page] of editor.pages.entries()) {
    const questionIndex = page.questions.findIndex((question) => question.uiKey === uiKey);
    if (questionIndex >= 0) return { page, pageIndex, question: page.questions[questionIndex], questionIndex };
  }
  return undefined;
}

export function findPage(editor: EditorDefinition, uiKey: string): { page: EditorPage; pageIndex: number } | undefined {
  const pageIndex = editor.pages.findIndex((page) => page.uiKey === uiKey);
  return pageIndex < 0 ? undefined : { page: editor.pages[pageIndex], pageIndex };
}

/** Every variable in use: questions and matrix items. */
export function usedVariables(editor: EditorDefinition): Set<string> {
  return new Set(
    editor.pages.flatMap((page) => page.questions.flatMap((question) => [question.variable, ...(question.type === 'matrix' ? question.items.map((item) => item.variable) : [])])),
  );
}

export function uniqueName(base: string, used: Set<string>): string {
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

/** The next free code: one above the highest, so codes are never reused or renumbered. */
export function nextCode(codes: readonly number[]): number {
  return codes.length ? Math.max(...codes) + 1 : 1;
}

export const LANGUAGE_ORDER: Language[] = ['nb', 'nn', 'en'];
