import { type InputHTMLAttributes, useEffect, useState } from 'react';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';

type Kind = 'code' | 'whole' | 'positive' | 'decimal';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  id: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  kind: Kind;
  /** Whether the field may be left empty (then `onChange(undefined)`). */
  optional?: boolean;
  problems?: string[];
}

const PATTERNS: Record<Kind, RegExp> = {
  code: /^\d+$/,
  whole: /^\d+$/,
  positive: /^[1-9]\d*$/,
  decimal: /^-?\d+(?:[.,]\d+)?$/,
};

/**
 * A number typed as text. Only a valid number reaches the questionnaire; while the text is not
 * one, the field says why and the last valid value stays, so drafts always keep their shape.
 */
export function NumberInput({ id, value, onChange, kind, optional, problems = [], className, ...rest }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const parse = (input: string) => Number(input.trim().replace(',', '.'));
  const valid = (input: string) => (input.trim() === '' ? Boolean(optional) : PATTERNS[kind].test(input.trim()));

  useEffect(() => {
    if (!(valid(text) && (text.trim() === '' ? value === undefined : parse(text) === value))) setText(value === undefined ? '' : String(value));
    // Only a new value from outside (undo, reorder) replaces what is typed.
  }, [value]);

  const localError = valid(text) ? undefined : t(text.trim() === '' ? 'field.numberRequired' : `field.number.${kind}`);
  const errors = [...(localError ? [localError] : []), ...problems];
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <>
      <FieldErrors id={errorId} errors={errors} />
      <input
        {...rest}
        id={id}
        className={`input-number ${className ?? ''}`.trim()}
        type="text"
        inputMode={kind === 'decimal' ? 'decimal' : 'numeric'}
        value={text}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={[rest['aria-describedby'], errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (!valid(next)) return;
          onChange(next.trim() === '' ? undefined : parse(next));
        }}
      />
    </>
  );
}
