/**
 * Changes to pages and questions, as recipes on a draft (see `produce`). Moves and deletes answer
 * where things ended up, so the builder can move the focus and offer undo.
 */
import type { ConditionNode, QuestionType } from '@questionnaire/browser';
import { type EditorDefinition, type EditorPage, type EditorQuestion, findPage, findQuestion, newUiKey, uniqueName, usedVariables } from './editor-model';
import { newQuestion } from './question-defaults';

export function addPage(draft: EditorDefinition): EditorPage {
  const used = new Set(draft.pages.map((page) => page.id));
  const page: EditorPage = { id: uniqueName(`side_${draft.pages.length + 1}`, used), title: {}, questions: [], uiKey: newUiKey('p') };
  draft.pages.push(page);
  return page;
}

export function removePage(draft: EditorDefinition, pageKey: string): { page: EditorPage; index: number } | undefined {
  const found = findPage(draft, pageKey);
  if (!found) return undefined;
  draft.pages.splice(found.pageIndex, 1);
  return { page: found.page, index: found.pageIndex };
}

export function restorePage(draft: EditorDefinition, page: EditorPage, index: number): void {
  draft.pages.splice(Math.min(index, draft.pages.length), 0, page);
}

/** Moves a page one place up (-1) or down (+1); answers its new index. */
export function movePage(draft: EditorDefinition, pageKey: string, delta: -1 | 1): number | undefined {
  const found = findPage(draft, pageKey);
  if (!found) return undefined;
  const target = found.pageIndex + delta;
  if (target < 0 || target >= draft.pages.length) return undefined;
  draft.pages.splice(found.pageIndex, 1);
  draft.pages.splice(target, 0, found.page);
  return target;
}

export function addQuestion(draft: EditorDefinition, pageKey: string, type: QuestionType): EditorQuestion | undefined {
  const found = findPage(draft, pageKey);
  if (!found) return undefined;
  const question = newQuestion(type, draft);
  found.page.questions.push(question);
  return question;
}

export interface RemovedQuestion {
  question: EditorQuestion;
  pageKey: string;
  index: number;
}

export function removeQuestion(draft: EditorDefinition, questionKey: string): RemovedQuestion | undefined {
  const found = findQuestion(draft, questionKey);
  if (!found) return undefined;
  found.page.questions.splice(found.questionIndex, 1);
  return { question: found.question, pageKey: found.page.uiKey, index: found.questionIndex };
}

/** Puts a deleted question back where it was, or at the end of the last page if its page is gone. */
export function restoreQuestion(draft: EditorDefinition, removed: RemovedQuestion): void {
  const page = findPage(draft, removed.pageKey)?.page ?? draft.pages[draft.pages.length - 1] ?? addPage(draft);
  page.questions.splice(Math.min(removed.index, page.questions.length), 0, removed.question);
}

export interface QuestionPosition {
  pageIndex: number;
  questionIndex: number;
}

/**
 * One place up or down. At the top of a page "up" moves the question to the end of the page
 * before; at the bottom "down" moves it to the start of the next page.
 */
export function moveQuestion(draft: EditorDefinition, questionKey: string, delta: -1 | 1): QuestionPosition | undefined {
  const found = findQuestion(draft, questionKey);
  if (!found) return undefined;
  const { pageIndex, questionIndex } = found;
  const questions = found.page.questions;
  const target = questionIndex + delta;
  if (target >= 0 && target < questions.length) {
    questions.splice(questionIndex, 1);
    questions.splice(target, 0, found.question);
    return { pageIndex, questionIndex: target };
  }
  const otherPage = draft.pages[pageIndex + delta];
  if (!otherPage) return undefined;
  questions.splice(questionIndex, 1);
  const at = delta < 0 ? otherPage.questions.length : 0;
  otherPage.questions.splice(at, 0, found.question);
  return { pageIndex: pageIndex + delta, questionIndex: at };
}

/** Drag and drop: before the question at `index` of the page (its end when index is the length). */
export function moveQuestionTo(draft: EditorDefinition, questionKey: string, pageKey: string, index: number): boolean {
  const found = findQuestion(draft, questionKey);
  const target = findPage(draft, pageKey);
  if (!found || !target) return false;
  const sameAndLater = found.page.uiKey === pageKey && found.questionIndex < index;
  found.page.questions.splice(found.questionIndex, 1);
  target.page.questions.splice(Math.min(sameAndLater ? index - 1 : index, target.page.questions.length), 0, found.question);
  return true;
}

export function canMoveQuestion(editor: EditorDefinition, questionKey: string, delta: -1 | 1): boolean {
  const found = findQuestion(editor, questionKey);
  if (!found) return false;
  const target = found.questionIndex + delta;
  return (target >= 0 && target < found.page.questions.length) || editor.pages[found.pageIndex + delta] !== undefined;
}

export function updateQuestion(draft: EditorDefinition, questionKey: string, change: (question: EditorQuestion) => EditorQuestion | void): void {
  const found = findQuestion(draft, questionKey);
  if (!found) return;
  const replaced = change(found.question);
  if (replaced) found.page.questions[found.questionIndex] = replaced;
}

export function updatePage(draft: EditorDefinition, pageKey: string, change: (page: EditorPage) => void): void {
  const found = findPage(draft, pageKey);
  if (found) change(found.page);
}

/**
 * After a variable is renamed, conditions that used the old name follow it, unless another
 * question still has the old name (then they may mean that one).
 */
export function renameReferences(draft: EditorDefinition, from: string, to: string): number {
  if (from === to || usedVariables(draft).has(from)) return 0;
  let renamed = 0;
  const visit = (node: ConditionNode) => {
    if ('all' in node) node.all.forEach(visit);
    else if ('any' in node) node.any.forEach(visit);
    else if (node.variable === from) {
      node.variable = to;
      renamed += 1;
    }
  };
  for (const page of draft.pages) {
    if (page.condition) visit(page.condition);
    for (const question of page.questions) if (question.condition) visit(question.condition);
  }
  return renamed;
}
