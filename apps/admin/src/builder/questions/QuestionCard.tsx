import type { DragEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { RowActions } from '../fields/RowActions';
import { canMoveQuestion, moveQuestion, removeQuestion, restoreQuestion } from '../model/definition-ops';
import type { EditorQuestion } from '../model/editor-model';
import { useBuilder } from '../state/BuilderContext';
import { QuestionBody } from './QuestionBody';

interface Props {
  question: EditorQuestion;
  number: number;
  pageIndex: number;
  questionIndex: number;
  drag: {
    onDragStart: (event: DragEvent, questionKey: string) => void;
    onDragOver: (event: DragEvent, pageKey: string, index: number) => void;
    onDrop: (event: DragEvent) => void;
    onDragEnd: () => void;
    dropBefore: boolean;
    dropAfter: boolean;
  };
  pageKey: string;
}

export const questionCardId = (key: string) => `question-${key}`;
export const questionToggleId = (key: string) => `question-${key}-toggle`;

/**
 * A question as a card: number, wording and type at a glance; opens to edit. Moves with the
 * buttons (keyboard) or by dragging the handle (mouse).
 */
export function QuestionCard({ question, number, pageIndex, questionIndex, drag, pageKey }: Props) {
  const { t } = useI18n();
  const { editor, expanded, setExpanded, change, remove, focusNext, announce, problems, readOnly } = useBuilder();
  const key = question.uiKey;
  const open = expanded.has(key);
  const problemCount = problems.countFor(key);
  const name = t('builder.questionName', { n: number });
  const bodyId = `question-${key}-body`;

  const move = (delta: -1 | 1) => {
    let position: ReturnType<typeof moveQuestion>;
    change((draft) => {
      position = moveQuestion(draft, key, delta);
    });
    if (position) announce(t('builder.questionMoved', { page: position.pageIndex + 1, n: position.questionIndex + 1 }));
    focusNext([`question-${key}-${delta < 0 ? 'up' : 'down'}`, `question-${key}-${delta < 0 ? 'down' : 'up'}`]);
  };
  const del = () =>
    remove((draft) => {
      const removed = removeQuestion(draft, key);
      if (!removed) return undefined;
      return {
        message: t('builder.questionDeleted', { name: question.text.nb?.trim() || question.variable }),
        restore: (target) => restoreQuestion(target, removed),
        focusIds: [questionToggleId(key)],
      };
    });

  return (
    <li
      id={questionCardId(key)}
      className={`question-card ${open ? 'is-open' : ''} ${drag.dropBefore ? 'drop-before' : ''} ${drag.dropAfter ? 'drop-after' : ''}`}
      onDragOver={(event) => drag.onDragOver(event, pageKey, questionIndex)}
      onDrop={drag.onDrop}
    >
      <div className="question-head">
        {!readOnly && (
          <span className="drag-handle" draggable onDragStart={(event) => drag.onDragStart(event, key)} onDragEnd={drag.onDragEnd} title={t('builder.dragHint')}>
            <span aria-hidden="true">⠿</span>
          </span>
        )}
        <h3 className="question-title">
          <button type="button" id={questionToggleId(key)} aria-expanded={open} aria-controls={bodyId} onClick={() => setExpanded([key], !open)}>
            <span className="question-caret" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <span className="question-number">{number}.</span> {question.text.nb?.trim() || <em>{t('builder.noText')}</em>}
          </button>
        </h3>
        <p className="question-meta">
          {t(`type.${question.type}`)} · <code>{question.variable}</code>
          {question.required && <> · {t('builder.requiredShort')}</>}
          {question.condition && <> · {t('builder.hasCondition')}</>}
          {problemCount > 0 && <span className="badge-problem">{t(problemCount === 1 ? 'builder.oneProblem' : 'builder.problems', { n: problemCount })}</span>}
        </p>
        <RowActions
          idPrefix={`question-${key}`}
          name={name}
          canUp={canMoveQuestion(editor, key, -1)}
          canDown={canMoveQuestion(editor, key, 1)}
          onMove={move}
          onDelete={del}
          disabled={readOnly}
        />
      </div>
      <div id={bodyId} hidden={!open}>
        {open && <QuestionBody question={question} pageIndex={pageIndex} questionIndex={questionIndex} />}
      </div>
    </li>
  );
}
