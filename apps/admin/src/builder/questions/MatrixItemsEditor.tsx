import type { MatrixQuestion } from '@questionnaire/browser';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { CodedRow } from '../fields/CodedRow';
import { problemText } from '../fields/problem-text';
import { LanguageHeader } from '../fields/TextsRow';
import { type EditorQuestion, nextCode, uniqueName } from '../model/editor-model';
import { fieldId } from '../model/problems';
import { useBuilder } from '../state/BuilderContext';
import { useQuestionChange } from './useQuestionChange';
import { VariableInput } from './VariableInput';

type Matrix = EditorQuestion & MatrixQuestion;

/** The statements of a matrix, each with its own variable and code, rated on the shared scale. */
export function MatrixItemsEditor({ question, usedVariables }: { question: Matrix; usedVariables: () => Set<string> }) {
  const { t, language } = useI18n();
  const { problems, readOnly, focusNext, announce } = useBuilder();
  const { update, removePart } = useQuestionChange<Matrix>(question.uiKey);
  const key = question.uiKey;
  const columns = `${fieldId(key, 'items')}-col`;
  const errorsAt = (field: string) => problems.at(key, field).map((problem) => problemText(problem, t, language));

  const add = () => {
    const code = nextCode(question.items.map((item) => item.code));
    const variable = uniqueName(`${question.variable}_${code}`, usedVariables());
    update((q) => void q.items.push({ variable, code, text: {} }));
    focusNext([fieldId(key, `items[${question.items.length}].text.nb`)]);
  };
  const move = (index: number, delta: -1 | 1) => {
    update((q) => {
      const [item] = q.items.splice(index, 1);
      q.items.splice(index + delta, 0, item);
    });
    announce(t('builder.itemMoved', { n: index + delta + 1 }));
    const prefix = fieldId(key, `items[${index + delta}]`);
    focusNext([`${prefix}-${delta < 0 ? 'up' : 'down'}`, `${prefix}-${delta < 0 ? 'down' : 'up'}`]);
  };
  const remove = (index: number) =>
    removePart((q) => {
      const [item] = q.items.splice(index, 1);
      return {
        message: t('builder.itemDeleted', { variable: item.variable }),
        restore: (target) => void target.items.splice(Math.min(index, target.items.length), 0, item),
        focusIds: [fieldId(key, `items[${index}].text.nb`)],
      };
    });

  return (
    <fieldset className="options matrix-items" id={fieldId(key, 'items')} tabIndex={-1}>
      <legend>{t('builder.items')}</legend>
      <p className="hint">{t('builder.itemsHint')}</p>
      <FieldErrors errors={errorsAt('items')} />
      {question.items.length > 0 && <LanguageHeader idPrefix={columns} first={t('builder.variableAndCode')} />}
      {question.items.map((item, index) => {
        const rowName = t('builder.itemName', { n: index + 1 });
        return (
          <CodedRow
            key={index}
            ownerKey={key}
            path={`items[${index}]`}
            textsField="text"
            rowName={rowName}
            className="option-row item-row"
            codeCellClass="item-ids"
            before={
              <VariableInput
                ownerKey={key}
                field={`items[${index}].variable`}
                label={t('builder.variableOf', { name: rowName })}
                labelHidden
                value={item.variable}
                onChange={(variable) => update((q) => void (q.items[index].variable = variable))}
              />
            }
            code={item.code}
            codeProblems={errorsAt(`items[${index}].code`)}
            onCode={(code) => update((q) => void (q.items[index].code = code))}
            texts={item.text}
            onTexts={(text) => update((q) => void (q.items[index].text = text))}
            columns={columns}
            index={index}
            count={question.items.length}
            onMove={(delta) => move(index, delta)}
            onDelete={() => remove(index)}
            readOnly={readOnly}
          />
        );
      })}
      {!readOnly && (
        <button type="button" className="button-secondary" onClick={add}>
          {t('builder.addItem')}
        </button>
      )}
    </fieldset>
  );
}
