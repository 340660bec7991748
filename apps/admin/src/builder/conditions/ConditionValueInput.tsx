import { useEffect, useState } from 'react';
import type { ConditionOperator, ConditionScalar, ConditionValue, Question } from '@questionnaire/browser';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { NumberInput } from '../fields/NumberInput';
import { useBuilder } from '../state/BuilderContext';
import { codeChoices, kindOf } from './condition-fields';

interface Props {
  id: string;
  question: Question;
  op: ConditionOperator;
  value: ConditionValue | undefined;
  errors: string[];
  onChange: (value: ConditionValue | undefined) => void;
}

/** The value to compare with: one of the question's own codes, several of them, a number or a date. */
export function ConditionValueInput({ id, question, op, value, errors, onChange }: Props) {
  const { t, language } = useI18n();
  const { readOnly, languages } = useBuilder();
  const contentLanguage = languages.includes(language) ? language : 'nb';
  const choices = codeChoices(question, contentLanguage, op);
  const kind = kindOf(question);
  const errorId = errors.length ? `${id}-error` : undefined;
  const describe = (code: number, label: string) => (label ? `${code} – ${label}` : String(code));

  if (choices && op === 'in') {
    const chosen = new Set(Array.isArray(value) ? value : []);
    return (
      <fieldset className="field condition-values" id={id} tabIndex={-1} aria-describedby={errorId}>
        <legend>{t('condition.values')}</legend>
        <FieldErrors id={errorId} errors={errors} />
        {choices.map((choice) => (
          <label key={choice.code} className="choice">
            <input
              type="checkbox"
              checked={chosen.has(choice.code)}
              disabled={readOnly}
              onChange={(e) => {
                const next = choices.map((c) => c.code).filter((code) => (code === choice.code ? e.target.checked : chosen.has(code)));
                onChange(next);
              }}
            />
            {describe(choice.code, choice.label)}
          </label>
        ))}
      </fieldset>
    );
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t('condition.value')}</label>
      {choices ? (
        <>
          <FieldErrors id={errorId} errors={errors} />
          <select
            id={id}
            value={typeof value === 'number' ? String(value) : ''}
            disabled={readOnly}
            aria-describedby={errorId}
            aria-invalid={errorId ? true : undefined}
            onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
          >
            {typeof value !== 'number' && <option value="">{t('condition.pickValue')}</option>}
            {choices.map((choice) => (
              <option key={choice.code} value={choice.code}>
                {describe(choice.code, choice.label)}
              </option>
            ))}
          </select>
        </>
      ) : kind === 'date' ? (
        <>
          <FieldErrors id={errorId} errors={errors} />
          <input
            id={id}
            type="date"
            readOnly={readOnly}
            value={typeof value === 'string' ? value : ''}
            aria-describedby={errorId}
            aria-invalid={errorId ? true : undefined}
            onChange={(e) => onChange(e.target.value || undefined)}
          />
        </>
      ) : kind === 'municipality' ? (
        <MunicipalityCodes id={id} op={op} value={value} errors={errors} onChange={onChange} />
      ) : (
        <NumberInput
          id={id}
          kind="decimal"
          optional
          readOnly={readOnly}
          value={typeof value === 'number' ? value : undefined}
          problems={errors}
          onChange={(next) => onChange(next)}
        />
      )}
    </div>
  );
}

/** Municipality numbers as typed: four digits, several separated by commas for "is one of". */
function MunicipalityCodes({ id, op, value, errors, onChange }: Omit<Props, 'question'>) {
  const { t } = useI18n();
  const { readOnly } = useBuilder();
  const shown = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
  const [text, setText] = useState(shown);
  const parse = (input: string): ConditionScalar[] => input.split(/[\s,;]+/).filter(Boolean);
  useEffect(() => {
    // A new value from outside (undo, another term) replaces the text; the user's own typing stays.
    if (parse(text).join(', ') !== shown) setText(shown);
  }, [shown]);
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <>
      <p className="hint" id={`${id}-hint`}>
        {op === 'in' ? t('condition.municipalitiesHint') : t('condition.municipalityHint')}
      </p>
      <FieldErrors id={errorId} errors={errors} />
      <input
        id={id}
        type="text"
        inputMode="numeric"
        readOnly={readOnly}
        value={text}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
        aria-invalid={errorId ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const codes = parse(e.target.value);
          onChange(op === 'in' ? codes : codes[0]);
        }}
      />
    </>
  );
}
