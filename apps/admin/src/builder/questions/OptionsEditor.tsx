import type { MultipleChoiceQuestion, SingleChoiceQuestion } from '@questionnaire/browser';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { CodedRow } from '../fields/CodedRow';
import { problemText } from '../fields/problem-text';
import { LanguageHeader } from '../fields/TextsRow';
import { type EditorQuestion, nextCode } from '../model/editor-model';
import { fieldId } from '../model/problems';
import { useBuilder } from '../state/BuilderContext';
import { useQuestionChange } from './useQuestionChange';

type ChoiceQuestion = EditorQuestion & (SingleChoiceQuestion | MultipleChoiceQuestion);

/**
 * The answer options with their codes. A new option gets the next free code; codes are never
 * renumbered when options move or go, because data and exports rely on them.
 */
export function OptionsEditor({ question }: { question: ChoiceQuestion }) {
  const { t, language } = useI18n();
  const { problems, readOnly, focusNext, announce } = useBuilder();
  const { update, removePart } = useQuestionChange<ChoiceQuestion>(question.uiKey);
  const key = question.uiKey;
  const columns = `${fieldId(key, 'options')}-col`;
  const listProblems = problems.at(key, 'options').map((problem) => problemText(problem, t, language));

  const add = () => {
    const code = nextCode(question.options.map((option) => option.code));
    update((q) => void q.options.push({ code, label: {} }));
    focusNext([fieldId(key, `options[${question.options.length}].label.nb`)]);
  };
  const move = (index: number, delta: -1 | 1) => {
    update((q) => {
      const [option] = q.options.splice(index, 1);
      q.options.splice(index + delta, 0, option);
    });
    const target = index + delta;
    announce(t('builder.optionMoved', { n: target + 1 }));
    const prefix = `${fieldId(key, `options[${target}]`)}`;
    focusNext([`${prefix}-${delta < 0 ? 'up' : 'down'}`, `${prefix}-${delta < 0 ? 'down' : 'up'}`]);
  };
  const remove = (index: number) =>
    removePart((q) => {
      const [option] = q.options.splice(index, 1);
      return {
        message: t('builder.optionDeleted', { code: option.code }),
        restore: (target) => void target.options.splice(Math.min(index, target.options.length), 0, option),
        focusIds: [fieldId(key, `options[${index}].label.nb`)],
      };
    });

  return (
    <fieldset className="options" id={fieldId(key, 'options')} tabIndex={-1}>
      <legend>{t('builder.options')}</legend>
      <p className="hint">{t('builder.optionsHint')}</p>
      <FieldErrors errors={listProblems} />
      {question.options.length > 0 && <LanguageHeader idPrefix={columns} first={t('builder.code')} />}
      {question.options.map((option, index) => (
        <CodedRow
          key={index}
          ownerKey={key}
          path={`options[${index}]`}
          textsField="label"
          rowName={t('builder.optionName', { n: index + 1 })}
          className="option-row"
          codeCellClass="option-code"
          code={option.code}
          codeProblems={problems.at(key, `options[${index}].code`).map((problem) => problemText(problem, t, language))}
          onCode={(code) => update((q) => void (q.options[index].code = code))}
          texts={option.label}
          onTexts={(label) => update((q) => void (q.options[index].label = label))}
          columns={columns}
          index={index}
          count={question.options.length}
          onMove={(delta) => move(index, delta)}
          onDelete={() => remove(index)}
          readOnly={readOnly}
        />
      ))}
      {!readOnly && (
        <button type="button" className="button-secondary" onClick={add}>
          {t('builder.addOption')}
        </button>
      )}
    </fieldset>
  );
}
