import type { QuestionType } from '@questionnaire/browser';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { ConditionEditor } from '../conditions/ConditionEditor';
import { problemText } from '../fields/problem-text';
import { ReadabilityHint } from '../fields/ReadabilityHint';
import { LanguageHeader, TextsRow } from '../fields/TextsRow';
import { type EditorQuestion, usedVariables } from '../model/editor-model';
import { fieldId } from '../model/problems';
import { changeType, QUESTION_TYPES } from '../model/question-defaults';
import { useBuilder } from '../state/BuilderContext';
import { MatrixItemsEditor } from './MatrixItemsEditor';
import { OptionsEditor } from './OptionsEditor';
import { ScaleEditor } from './ScaleEditor';
import { TypeFields } from './TypeFields';
import { useQuestionChange } from './useQuestionChange';
import { VariableInput } from './VariableInput';

interface Props {
  question: EditorQuestion;
  pageIndex: number;
  questionIndex: number;
}

/** Everything about one question: its type, variable, texts in every language and its condition. */
export function QuestionBody({ question, pageIndex, questionIndex }: Props) {
  const { t, language } = useI18n();
  const { editor, problems, readOnly, remove } = useBuilder();
  const { update } = useQuestionChange(question.uiKey);
  const key = question.uiKey;
  const columns = `${key}-col`;
  const columnIds = (lang: string) => `${columns}-${lang}`;
  const ownErrors = problems.at(key, '').map((problem) => problemText(problem, t, language));

  const switchType = (type: QuestionType) =>
    remove((draft) => {
      const page = draft.pages[pageIndex];
      const before = page?.questions[questionIndex];
      if (!page || !before || before.uiKey !== key) return undefined;
      page.questions[questionIndex] = changeType(before, type, draft);
      return {
        message: t('builder.typeChanged', { type: t(`type.${type}`) }),
        restore: (target) => {
          for (const p of target.pages) {
            const index = p.questions.findIndex((q) => q.uiKey === key);
            if (index >= 0) p.questions[index] = before;
          }
        },
        focusIds: [fieldId(key, 'type')],
      };
    });

  return (
    <div className="question-body">
      <FieldErrors errors={ownErrors} />
      <div className="question-basics">
        <div className="field">
          <label htmlFor={fieldId(key, 'type')}>{t('builder.type')}</label>
          <select id={fieldId(key, 'type')} value={question.type} disabled={readOnly} onChange={(e) => switchType(e.target.value as QuestionType)}>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <VariableInput
          ownerKey={key}
          field="variable"
          label={t('builder.variable')}
          hint={t('builder.variableHint')}
          value={question.variable}
          onChange={(variable) => update((q) => void (q.variable = variable))}
        />
        <label className="choice required-choice">
          <input type="checkbox" checked={Boolean(question.required)} disabled={readOnly} onChange={(e) => update((q) => void (q.required = e.target.checked || undefined))} />
          {t('builder.required')}
        </label>
      </div>
      <LanguageHeader idPrefix={columns} first="" />
      <TextsRow
        ownerKey={key}
        field="text"
        label={t('builder.text')}
        columnIds={columnIds}
        value={question.text}
        multiline
        onChange={(text) => update((q) => void (q.text = text))}
        below={(lang) => <ReadabilityHint question={question} language={lang} />}
      />
      <TextsRow
        ownerKey={key}
        field="help"
        label={t('builder.help')}
        columnIds={columnIds}
        value={question.help}
        onChange={(help) => update((q) => void (q.help = Object.values(help).some((text) => text?.trim()) ? help : undefined))}
      />
      {(question.type === 'single_choice' || question.type === 'multiple_choice') && <OptionsEditor question={question} />}
      {(question.type === 'likert' || question.type === 'matrix') && <ScaleEditor question={question} columnIds={columnIds} />}
      {question.type === 'matrix' && <MatrixItemsEditor question={question} usedVariables={() => usedVariables(editor)} />}
      <TypeFields question={question} />
      <ConditionEditor
        ownerKey={key}
        scope="question"
        position={{ pageIndex, questionIndex }}
        condition={question.condition}
        onChange={(condition) => update((q) => void (q.condition = condition))}
      />
    </div>
  );
}
