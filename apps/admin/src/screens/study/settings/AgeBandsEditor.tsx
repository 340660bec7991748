import { FieldErrors } from '../../../components/Field';
import { useI18n } from '../../../i18n/i18n';
import { type BandRow, type FormErrors, newBandKey } from './settings-form';

interface Props {
  rows: BandRow[];
  errors: FormErrors;
  onChange: (rows: BandRow[]) => void;
}

/** Rows of label, from age and to age; an empty "to" means "and older". Errors sit on their row. */
export function AgeBandsEditor({ rows, errors, onChange }: Props) {
  const { t } = useI18n();
  const set = (index: number, change: Partial<BandRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById(rows.length > 1 ? `band-${Math.max(0, index - 1)}-label` : 'band-add')?.focus());
  };
  const add = () => {
    const last = rows[rows.length - 1];
    const from = last && last.max.trim() !== '' ? String(Number(last.max) + 1) : '';
    onChange([...rows, { key: newBandKey(), label: '', min: from, max: '' }]);
    requestAnimationFrame(() => document.getElementById(`band-${rows.length}-label`)?.focus());
  };

  return (
    <fieldset className="bands">
      <legend>{t('settings.ageBands')}</legend>
      <p className="hint">{t('settings.ageBandsHint')}</p>
      <FieldErrors errors={errors['ageBands'] ?? []} />
      <div className="band-header" aria-hidden="true">
        <span>{t('settings.band.label')}</span>
        <span>{t('settings.band.min')}</span>
        <span>{t('settings.band.max')}</span>
      </div>
      {rows.map((row, index) => {
        const n = index + 1;
        const rowErrors = [
          ...(errors[`ageBands[${index}]`] ?? []),
          ...(errors[`ageBands[${index}].label`] ?? []),
          ...(errors[`ageBands[${index}].min`] ?? []),
          ...(errors[`ageBands[${index}].max`] ?? []),
        ];
        const errorId = rowErrors.length ? `band-${index}-error` : undefined;
        const invalid = (field?: string) => (errors[`ageBands[${index}]${field ? `.${field}` : ''}`] || errors[`ageBands[${index}]`] ? true : undefined);
        return (
          <div key={row.key} className={`band-row ${rowErrors.length ? 'field-invalid' : ''}`}>
            <label className="sr-only" htmlFor={`band-${index}-label`}>
              {t('settings.band.labelOf', { n })}
            </label>
            <input
              id={`band-${index}-label`}
              type="text"
              maxLength={20}
              value={row.label}
              aria-describedby={errorId}
              aria-invalid={invalid('label')}
              onChange={(e) => set(index, { label: e.target.value })}
            />
            <label className="sr-only" htmlFor={`band-${index}-min`}>
              {t('settings.band.minOf', { n })}
            </label>
            <input
              id={`band-${index}-min`}
              type="text"
              inputMode="numeric"
              value={row.min}
              aria-describedby={errorId}
              aria-invalid={invalid('min')}
              onChange={(e) => set(index, { min: e.target.value })}
            />
            <label className="sr-only" htmlFor={`band-${index}-max`}>
              {t('settings.band.maxOf', { n })}
            </label>
            <input
              id={`band-${index}-max`}
              type="text"
              inputMode="numeric"
              placeholder={t('settings.band.open')}
              value={row.max}
              aria-describedby={errorId}
              aria-invalid={invalid('max')}
              onChange={(e) => set(index, { max: e.target.value })}
            />
            <button type="button" className="button-quiet" onClick={() => remove(index)}>
              {t('common.remove')}
              <span className="sr-only"> {t('settings.band.rowName', { n, label: row.label })}</span>
            </button>
            {rowErrors.length > 0 && <FieldErrors id={errorId} errors={rowErrors} />}
          </div>
        );
      })}
      <button type="button" id="band-add" className="button-secondary" onClick={add}>
        {t('settings.band.add')}
      </button>
    </fieldset>
  );
}
