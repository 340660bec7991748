import { type DragEvent, useState } from 'react';
import { moveQuestionTo } from '../model/definition-ops';
import { useBuilder } from '../state/BuilderContext';

const TYPE = 'application/x-stemme-question';

export interface DropTarget {
  pageKey: string;
  /** The question is dropped before the one at this index (the page's length: at its end). */
  index: number;
}

/** Dragging questions with the mouse, within a page and between pages (native drag and drop). */
export function useQuestionDrag() {
  const { change, announce, focusNext } = useBuilder();
  const [dragged, setDragged] = useState<string>();
  const [target, setTarget] = useState<DropTarget>();

  return {
    target,
    onDragStart: (event: DragEvent, questionKey: string) => {
      event.dataTransfer.setData(TYPE, questionKey);
      event.dataTransfer.effectAllowed = 'move';
      const card = (event.currentTarget as HTMLElement).closest('li');
      if (card) event.dataTransfer.setDragImage(card, 20, 20);
      setDragged(questionKey);
    },
    onDragOver: (event: DragEvent, pageKey: string, index: number) => {
      if (!dragged) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'move';
      const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      const next = { pageKey, index: index + (after ? 1 : 0) };
      if (next.pageKey !== target?.pageKey || next.index !== target.index) setTarget(next);
    },
    onDragOverEnd: (event: DragEvent, pageKey: string, length: number) => {
      if (!dragged) return;
      event.preventDefault();
      if (target?.pageKey !== pageKey || target.index !== length) setTarget({ pageKey, index: length });
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      event.stopPropagation();
      const questionKey = event.dataTransfer.getData(TYPE) || dragged;
      if (questionKey && target) {
        change((draft) => void moveQuestionTo(draft, questionKey, target.pageKey, target.index));
        announce('');
        focusNext([`question-${questionKey}-toggle`]);
      }
      setDragged(undefined);
      setTarget(undefined);
    },
    onDragEnd: () => {
      setDragged(undefined);
      setTarget(undefined);
    },
  };
}
