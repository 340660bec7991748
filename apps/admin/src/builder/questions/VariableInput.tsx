import { useRef } from 'react';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../fields/problem-text';
import { renameReferences } from '../model/definition-ops';
import { fieldId } from '../model/problems';
import { useBuilder } from '../state/BuilderContext';

interface Props {
  ownerKey: string;
  field: string;
  label: string;
  labelHidden?: boolean;
  hint?: string;
  value: string;
  onChange: (variable: string) => void;
}

/**
 * A variable name: the column in data and exports. Typed in lower case with _ for spaces; when
 * the designer leaves the field, conditions that used the old name are updated to the new one.
 */
export function VariableInput({ ownerKey, field, label, labelHidden, hint, value, onChange }: Props) {
  const { t, language } = useI18n();
  const { problems, readOnly, change, announce, editor } = useBuilder();
  const before = useRef(value);
  const id = fieldId(ownerKey, field);
  const errors = problems.at(ownerKey, field).map((problem) => problemText(problem, t, language));
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;

  return (
    <div className={`field field-variable ${errors.length ? 'field-invalid' : ''}`}>
      <label htmlFor={id} className={labelHidden ? 'sr-only' : undefined}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldErrors id={errorId} errors={errors} />
      <input
        id={id}
        type="text"
        className="input-variable"
        spellCheck={false}
        autoComplete="off"
        maxLength={63}
        value={value}
        readOnly={readOnly}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        onFocus={() => (before.current = value)}
        onChange={(event) => onChange(event.target.value.toLowerCase().replace(/\s/g, '_'))}
        onBlur={() => {
          const from = before.current;
          if (from === value || readOnly) return;
          before.current = value;
          const renamed = renameReferences(structuredClone(editor), from, value);
          if (!renamed) return;
          change((draft) => void renameReferences(draft, from, value));
          announce(t('builder.referencesRenamed', { n: renamed, from, to: value }));
        }}
      />
    </div>
  );
}
