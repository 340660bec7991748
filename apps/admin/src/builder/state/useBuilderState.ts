/**
 * The builder's state: the questionnaire being edited, its problems, which questions are open,
 * the last deletion (for undo), what to announce to screen readers and where the focus goes next.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Version } from '../../api/types';
import { type EditorDefinition, produce } from '../model/editor-model';
import { anchorProblems, indexProblems, type AnchoredProblem, type ProblemIndex } from '../model/problems';
import { type Autosave, useAutosave } from './useAutosave';

export interface UndoEntry {
  id: number;
  message: string;
  restore: (draft: EditorDefinition) => void;
  /** Where the focus goes after undo: the first of these ids that exists. */
  focusIds: string[];
}

export interface Removal {
  message: string;
  restore: (draft: EditorDefinition) => void;
  focusIds: string[];
}

export interface BuilderState {
  editor: EditorDefinition;
  readOnly: boolean;
  problems: ProblemIndex;
  setProblems: (problems: AnchoredProblem[]) => void;
  /** The problems as of the last answer from the server, even before the next render. */
  latestProblems: () => AnchoredProblem[];
  change: (recipe: (draft: EditorDefinition) => void) => void;
  /** Deletes with the recipe and offers undo; the recipe answers how to put it back. */
  remove: (recipe: (draft: EditorDefinition) => Removal | undefined) => void;
  undo: UndoEntry | null;
  runUndo: () => void;
  dismissUndo: () => void;
  announcement: string;
  announce: (message: string) => void;
  focusNext: (ids: string[]) => void;
  expanded: ReadonlySet<string>;
  setExpanded: (keys: string[], open: boolean) => void;
  autosave: Autosave;
  /** Replaces everything, e.g. with the server's copy after publishing. */
  reset: (editor: EditorDefinition) => void;
}

export const UNDO_BUTTON_ID = 'undo-last-deletion';

export function useBuilderState(version: Version, initial: EditorDefinition, initialProblems: AnchoredProblem[], mayEdit: boolean): BuilderState {
  const [editor, setEditor] = useState(initial);
  const editorRef = useRef(initial);
  const [problemList, setProblemList] = useState(initialProblems);
  const problemsRef = useRef(initialProblems);
  const setProblems = useCallback((next: AnchoredProblem[]) => {
    problemsRef.current = next;
    setProblemList(next);
  }, []);
  const [undo, setUndo] = useState<UndoEntry | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [expanded, setExpandedState] = useState<ReadonlySet<string>>(() => new Set());
  const focusQueue = useRef<string[] | null>(null);
  const readOnly = version.status === 'published' || !mayEdit;

  const onSaved = useCallback((saved: Version, sent: EditorDefinition) => setProblems(anchorProblems(saved.problems, sent)), [setProblems]);
  const autosave = useAutosave({ versionId: version.id, onSaved });
  const { schedule } = autosave;

  const apply = useCallback(
    (next: EditorDefinition) => {
      editorRef.current = next;
      setEditor(next);
      schedule(next);
    },
    [schedule],
  );

  const change = useCallback(
    (recipe: (draft: EditorDefinition) => void) => {
      if (!readOnly) apply(produce(editorRef.current, recipe));
    },
    [apply, readOnly],
  );

  const remove = useCallback(
    (recipe: (draft: EditorDefinition) => Removal | undefined) => {
      if (readOnly) return;
      let removal: Removal | undefined;
      const next = produce(editorRef.current, (draft) => {
        removal = recipe(draft);
      });
      if (!removal) return;
      apply(next);
      const entry: Removal = removal;
      setUndo((previous) => ({ id: (previous?.id ?? 0) + 1, ...entry }));
      focusQueue.current = [UNDO_BUTTON_ID];
    },
    [apply, readOnly],
  );

  const runUndo = useCallback(() => {
    if (!undo) return;
    apply(produce(editorRef.current, undo.restore));
    focusQueue.current = undo.focusIds;
    setUndo(null);
  }, [apply, undo]);

  const setExpanded = useCallback((keys: string[], open: boolean) => {
    setExpandedState((current) => {
      const next = new Set(current);
      for (const key of keys) {
        if (open) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  }, []);

  const reset = useCallback((next: EditorDefinition) => {
    editorRef.current = next;
    setEditor(next);
  }, []);

  useEffect(() => {
    const ids = focusQueue.current;
    if (!ids) return;
    focusQueue.current = null;
    for (const id of ids) {
      const element = document.getElementById(id) as HTMLElement | null;
      if (element && !(element as HTMLButtonElement).disabled) {
        for (let details = element.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
        element.focus();
        element.scrollIntoView({ block: 'nearest' });
        return;
      }
    }
  });

  const problems = useMemo(() => indexProblems(problemList), [problemList]);

  return {
    editor,
    readOnly,
    problems,
    setProblems,
    latestProblems: () => problemsRef.current,
    change,
    remove,
    undo,
    runUndo,
    dismissUndo: () => setUndo(null),
    announcement,
    announce: (message) => setAnnouncement((current) => (current === message ? `${message}\u00a0` : message)),
    focusNext: (ids) => {
      focusQueue.current = ids;
    },
    expanded,
    setExpanded,
    autosave,
    reset,
  };
}
