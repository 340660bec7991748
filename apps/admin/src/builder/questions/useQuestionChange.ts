import { useCallback } from 'react';
import { updateQuestion } from '../model/definition-ops';
import { type EditorQuestion, findQuestion } from '../model/editor-model';
import { useBuilder } from '../state/BuilderContext';
import type { Removal } from '../state/useBuilderState';

/** Changes one question, found by its key, narrowed to the type the editor knows it has. */
export function useQuestionChange<Q extends EditorQuestion>(questionKey: string) {
  const { change, remove } = useBuilder();
  const update = useCallback(
    (recipe: (question: Q) => void) => change((draft) => updateQuestion(draft, questionKey, (question) => recipe(question as Q))),
    [change, questionKey],
  );
  /** Deletes part of the question with undo; `restore` puts it back into the question. */
  const removePart = useCallback(
    (recipe: (question: Q) => Omit<Removal, 'restore'> & { restore: (question: Q) => void }) =>
      remove((draft) => {
        const found = findQuestion(draft, questionKey);
        if (!found) return undefined;
        const removal = recipe(found.question as Q);
        return {
          ...removal,
          restore: (target) => updateQuestion(target, questionKey, (question) => removal.restore(question as Q)),
        };
      }),
    [remove, questionKey],
  );
  return { update, removePart };
}
