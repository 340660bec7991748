import type { Condition, ConditionNode, ConditionTerm } from '@questionnaire/browser';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../fields/problem-text';
import { fieldId } from '../model/problems';
import { useBuilder } from '../state/BuilderContext';
import { type ConditionPosition, earlierFields, newTerm } from './condition-fields';
import { ConditionTermRow } from './ConditionTermRow';

interface Props {
  ownerKey: string;
  scope: 'page' | 'question';
  position: ConditionPosition;
  condition: Condition | undefined;
  onChange: (condition: Condition | undefined) => void;
}

const isTerm = (node: ConditionNode): node is ConditionTerm => !('all' in node) && !('any' in node);

/**
 * "Show this only when …": terms on earlier answers, all of which or any of which must hold.
 * Nested groups (possible in imported files) are kept as they are and can be removed.
 */
export function ConditionEditor({ ownerKey, scope, position, condition, onChange }: Props) {
  const { t, language } = useI18n();
  const { editor, problems, readOnly, focusNext, languages } = useBuilder();
  const fields = earlierFields(editor, position);
  const mode: 'all' | 'any' = condition && 'any' in condition ? 'any' : 'all';
  const nodes = condition ? ('any' in condition ? condition.any : condition.all) : [];
  const simple = nodes.every(isTerm);
  const groupId = fieldId(ownerKey, 'condition');
  const groupErrors = problems.at(ownerKey, 'condition').map((problem) => problemText(problem, t, language));
  const contentLanguage = languages.includes(language) ? language : 'nb';

  const setNodes = (next: ConditionNode[], nextMode = mode) => onChange(next.length ? (nextMode === 'all' ? { all: next } : { any: next }) : undefined);
  const addTerm = () => {
    const field = fields[fields.length - 1];
    if (!field) return;
    setNodes([...nodes, newTerm(field, contentLanguage)]);
    focusNext([fieldId(ownerKey, `condition[${nodes.length}].variable`)]);
  };

  if (!condition) {
    if (readOnly) return null;
    return (
      <div className="condition condition-empty">
        {fields.length ? (
          <button type="button" className="button-secondary" id={`${groupId}-add`} onClick={addTerm}>
            {scope === 'page' ? t('condition.addForPage') : t('condition.add')}
          </button>
        ) : (
          <p className="hint">{scope === 'page' ? t('condition.noneEarlierPage') : t('condition.noneEarlier')}</p>
        )}
      </div>
    );
  }

  return (
    <fieldset className="condition" id={groupId} tabIndex={-1}>
      <legend>{scope === 'page' ? t('condition.legendPage') : t('condition.legend')}</legend>
      <FieldErrors errors={groupErrors} />
      {!simple && (
        <p className="hint">{t('condition.nested')}</p>
      )}
      {simple && nodes.length > 1 && (
        <div className="condition-mode" role="radiogroup" aria-label={t('condition.modeLabel')}>
          {(['all', 'any'] as const).map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={`${groupId}-mode`} checked={mode === value} disabled={readOnly} onChange={() => setNodes(nodes, value)} />
              {t(`condition.mode.${value}`)}
            </label>
          ))}
        </div>
      )}
      {simple &&
        (nodes as ConditionTerm[]).map((term, index) => (
          <ConditionTermRow
            key={index}
            ownerKey={ownerKey}
            index={index}
            term={term}
            fields={fields}
            joiner={index === 0 ? '' : t(`condition.joiner.${mode}`)}
            onChange={(next) => setNodes(nodes.map((node, i) => (i === index ? next : node)))}
            onRemove={() => {
              setNodes(nodes.filter((_, i) => i !== index));
              focusNext([fieldId(ownerKey, `condition[${Math.max(0, index - 1)}].variable`), `${groupId}-add`]);
            }}
          />
        ))}
      {!readOnly && (
        <div className="button-row">
          {simple && fields.length > 0 && (
            <button type="button" className="button-secondary" id={`${groupId}-more`} onClick={addTerm}>
              {t('condition.addMore')}
            </button>
          )}
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              onChange(undefined);
              focusNext([`${groupId}-add`]);
            }}
          >
            {t('condition.removeAll')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
