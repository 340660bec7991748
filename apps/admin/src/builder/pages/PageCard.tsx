import { useState } from 'react';
import type { QuestionType } from '@questionnaire/browser';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { ConditionEditor } from '../conditions/ConditionEditor';
import { problemText } from '../fields/problem-text';
import { RowActions } from '../fields/RowActions';
import { LanguageHeader, TextsRow } from '../fields/TextsRow';
import { addQuestion, movePage, removePage, restorePage, updatePage } from '../model/definition-ops';
import type { EditorPage } from '../model/editor-model';
import { fieldId } from '../model/problems';
import { QUESTION_TYPES } from '../model/question-defaults';
import { QuestionCard } from '../questions/QuestionCard';
import { VariableInput } from '../questions/VariableInput';
import { useBuilder } from '../state/BuilderContext';
import type { useQuestionDrag } from './useQuestionDrag';

interface Props {
  page: EditorPage;
  pageIndex: number;
  pageCount: number;
  firstNumber: number;
  drag: ReturnType<typeof useQuestionDrag>;
}

export const pageHeadingId = (key: string) => `page-${key}-heading`;

export function PageCard({ page, pageIndex, pageCount, firstNumber, drag }: Props) {
  const { t, language } = useI18n();
  const { change, remove, readOnly, problems, setExpanded, focusNext, announce } = useBuilder();
  const [type, setType] = useState<QuestionType>('single_choice');
  const key = page.uiKey;
  const name = t('builder.pageName', { n: pageIndex + 1 });
  const update = (recipe: (page: EditorPage) => void) => change((draft) => updatePage(draft, key, recipe));
  const emptyErrors = problems.at(key, 'questions').map((problem) => problemText(problem, t, language));

  const add = () => {
    let added: string | undefined;
    change((draft) => {
      added = addQuestion(draft, key, type)?.uiKey;
    });
    if (!added) return;
    setExpanded([added], true);
    focusNext([fieldId(added, 'text.nb')]);
  };
  const move = (delta: -1 | 1) => {
    change((draft) => void movePage(draft, key, delta));
    announce(t('builder.pageMoved', { n: pageIndex + 1 + delta }));
    focusNext([`page-${key}-${delta < 0 ? 'up' : 'down'}`, `page-${key}-${delta < 0 ? 'down' : 'up'}`]);
  };
  const del = () =>
    remove((draft) => {
      const removed = removePage(draft, key);
      if (!removed) return undefined;
      return {
        message: t('builder.pageDeleted', { name: page.title.nb?.trim() || name, n: page.questions.length }),
        restore: (target) => restorePage(target, removed.page, removed.index),
        focusIds: [pageHeadingId(key)],
      };
    });

  return (
    <section className="page-card" aria-labelledby={pageHeadingId(key)}>
      <div className="page-head">
        <h2 id={pageHeadingId(key)} tabIndex={-1}>
          {name}
          {page.title.nb?.trim() ? `: ${page.title.nb}` : ''}
        </h2>
        <RowActions idPrefix={`page-${key}`} name={name} canUp={pageIndex > 0} canDown={pageIndex < pageCount - 1} onMove={move} onDelete={del} disabled={readOnly} />
      </div>
      <FieldErrors errors={problems.at(key, '').map((problem) => problemText(problem, t, language))} />
      <div className="page-fields">
        <LanguageHeader idPrefix={`${key}-col`} first="" />
        <TextsRow ownerKey={key} field="title" label={t('builder.pageTitle')} columnIds={(lang) => `${key}-col-${lang}`} value={page.title} onChange={(title) => update((p) => void (p.title = title))} />
        <details className="page-advanced">
          <summary>{t('builder.pageMore')}</summary>
          <VariableInput ownerKey={key} field="id" label={t('builder.pageId')} hint={t('builder.pageIdHint')} value={page.id} onChange={(id) => update((p) => void (p.id = id))} />
          <ConditionEditor ownerKey={key} scope="page" position={{ pageIndex }} condition={page.condition} onChange={(condition) => update((p) => void (p.condition = condition))} />
        </details>
      </div>
      <FieldErrors errors={emptyErrors} />
      <ol className="question-list" onDragOver={(event) => drag.onDragOverEnd(event, key, page.questions.length)} onDrop={drag.onDrop}>
        {page.questions.map((question, index) => (
          <QuestionCard
            key={question.uiKey}
            question={question}
            number={firstNumber + index}
            pageIndex={pageIndex}
            questionIndex={index}
            pageKey={key}
            drag={{
              onDragStart: drag.onDragStart,
              onDragOver: drag.onDragOver,
              onDrop: drag.onDrop,
              onDragEnd: drag.onDragEnd,
              dropBefore: drag.target?.pageKey === key && drag.target.index === index,
              dropAfter: drag.target?.pageKey === key && drag.target.index === index + 1 && index === page.questions.length - 1,
            }}
          />
        ))}
        {page.questions.length === 0 && <li className="question-empty">{t('builder.pageEmpty')}</li>}
      </ol>
      {!readOnly && (
        <div className="add-question" id={fieldId(key, 'questions')} tabIndex={-1}>
          <label htmlFor={`${key}-new-type`}>{t('builder.newQuestionType')}</label>
          <select id={`${key}-new-type`} value={type} onChange={(e) => setType(e.target.value as QuestionType)}>
            {QUESTION_TYPES.map((option) => (
              <option key={option} value={option}>
                {t(`type.${option}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button-primary" onClick={add}>
            {t('builder.addQuestion')}
            <span className="sr-only"> {t('builder.toPage', { name })}</span>
          </button>
        </div>
      )}
    </section>
  );
}
