/**
 * Unsaved edits kept in this browser, per questionnaire version, written on every change before
 * the server has them, so that a reload, a lost connection or an expired session never loses work.
 */
import type { QuestionnaireDefinition } from '@questionnaire/browser';
import { canonicalJson } from '@questionnaire/hash/canonical-json';

const PREFIX = 'stemme.admin.unsaved.';

interface Backup {
  definition: QuestionnaireDefinition;
  savedAt: string;
}

export function readBackup(versionId: string): QuestionnaireDefinition | undefined {
  try {
    const text = localStorage.getItem(PREFIX + versionId);
    return text ? (JSON.parse(text) as Backup).definition : undefined;
  } catch {
    return undefined;
  }
}

export function writeBackup(versionId: string, definition: QuestionnaireDefinition): void {
  try {
    localStorage.setItem(PREFIX + versionId, JSON.stringify({ definition, savedAt: new Date().toISOString() } satisfies Backup));
  } catch {
    // Storage full or refused: the server save still runs; nothing more can be done here.
  }
}

export function clearBackup(versionId: string): void {
  try {
    localStorage.removeItem(PREFIX + versionId);
  } catch {
    // As above.
  }
}

export function sameContent(a: QuestionnaireDefinition, b: QuestionnaireDefinition): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
