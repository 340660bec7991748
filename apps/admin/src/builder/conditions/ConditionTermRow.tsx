import type { AnswerField, ConditionOperator, ConditionTerm, ConditionValue } from '@questionnaire/browser';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../fields/problem-text';
import { fieldId } from '../model/problems';
import { useBuilder } from '../state/BuilderContext';
import { defaultValue, fieldLabel, kindOf, needsValue, operatorsFor, questionNumbers } from './condition-fields';
import { ConditionValueInput } from './ConditionValueInput';

interface Props {
  ownerKey: string;
  index: number;
  term: ConditionTerm;
  fields: AnswerField[];
  joiner: string;
  onChange: (term: ConditionTerm) => void;
  onRemove: () => void;
}

/** One term: an earlier question, how its answer compares, and with what. */
export function ConditionTermRow({ ownerKey, index, term, fields, joiner, onChange, onRemove }: Props) {
  const { t, language } = useI18n();
  const { editor, problems, readOnly, languages } = useBuilder();
  const contentLanguage = languages.includes(language) ? language : 'nb';
  const numbers = questionNumbers(editor);
  const field = fields.find((candidate) => candidate.variable === term.variable);
  const path = `condition[${index}]`;
  const errorsAt = (part: string) => problems.at(ownerKey, part).map((problem) => problemText(problem, t, language));
  const variableErrors = errorsAt(`${path}.variable`);
  const opErrors = errorsAt(`${path}.op`);
  const invalid = (errors: string[], id: string) =>
    errors.length ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
  const ids = { variable: fieldId(ownerKey, `${path}.variable`), op: fieldId(ownerKey, `${path}.op`), value: fieldId(ownerKey, `${path}.value`) };
  const operators = field ? operatorsFor(field.question) : [term.op];
  const selection = field && kindOf(field.question) === 'selection';

  const pickVariable = (variable: string) => {
    const picked = fields.find((candidate) => candidate.variable === variable);
    if (!picked) return;
    const allowed = operatorsFor(picked.question);
    const op = allowed.includes(term.op) ? term.op : allowed[0];
    onChange(withValue({ variable, op }, defaultValue(picked.question, op, contentLanguage)));
  };
  const pickOperator = (op: ConditionOperator) => {
    const keep = needsValue(op) && needsValue(term.op) && (op === 'in') === (term.op === 'in') && term.value !== undefined;
    onChange(withValue({ variable: term.variable, op }, keep ? term.value : field ? defaultValue(field.question, op, contentLanguage) : undefined));
  };

  return (
    <div className="condition-term">
      <FieldErrors errors={errorsAt(path)} />
      <div className="condition-term-fields">
        {joiner && <span className="condition-joiner">{joiner}</span>}
        <div className="field">
          <label htmlFor={ids.variable}>{t('condition.question')}</label>
          <FieldErrors id={`${ids.variable}-error`} errors={variableErrors} />
          <select id={ids.variable} value={term.variable} disabled={readOnly} onChange={(e) => pickVariable(e.target.value)} {...invalid(variableErrors, ids.variable)}>
            {!field && <option value={term.variable}>{t('condition.unknownQuestion', { variable: term.variable })}</option>}
            {fields.map((candidate) => (
              <option key={candidate.variable} value={candidate.variable}>
                {fieldLabel(candidate, numbers, contentLanguage)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-op">
          <label htmlFor={ids.op}>{t('condition.operator')}</label>
          <FieldErrors id={`${ids.op}-error`} errors={opErrors} />
          <select id={ids.op} value={term.op} disabled={readOnly} onChange={(e) => pickOperator(e.target.value as ConditionOperator)} {...invalid(opErrors, ids.op)}>
            {operators.map((op) => (
              <option key={op} value={op}>
                {selection && (op === 'equals' || op === 'not_equals' || op === 'in') ? t(`condition.op.selection.${op}`) : t(`condition.op.${op}`)}
              </option>
            ))}
          </select>
        </div>
        {needsValue(term.op) && field && (
          <ConditionValueInput
            id={ids.value}
            question={field.question}
            op={term.op}
            value={term.value}
            errors={errorsAt(`${path}.value`)}
            onChange={(value) => onChange(withValue({ variable: term.variable, op: term.op }, value))}
          />
        )}
        {!readOnly && (
          <button type="button" className="button-quiet condition-remove" onClick={onRemove}>
            {t('condition.remove')}
            <span className="sr-only"> {t('condition.termName', { n: index + 1 })}</span>
          </button>
        )}
      </div>
    </div>
  );
}

function withValue(term: Omit<ConditionTerm, 'value'>, value: ConditionValue | undefined): ConditionTerm {
  return value === undefined ? term : { ...term, value };
}
