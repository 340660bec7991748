import type { ReactNode } from 'react';
import type { Language, Texts } from '@questionnaire/browser';
import { FieldErrors } from '../../components/Field';
import { useI18n } from '../../i18n/i18n';
import { fieldId } from '../model/problems';
import { useBuilder } from '../state/BuilderContext';
import { problemText } from './problem-text';

interface Props {
  ownerKey: string;
  /** The field's path within its owner, e.g. "text", "options[2].label". */
  field: string;
  label: string;
  /** Ids of the column headers, per language, that name each input together with the label. */
  columnIds: (language: Language) => string;
  value: Texts | undefined;
  onChange: (texts: Texts) => void;
  multiline?: boolean;
  labelHidden?: boolean;
  below?: (language: Language) => ReactNode;
}

/** One text in every language of the questionnaire, side by side, each with its own problems. */
export function TextsRow({ ownerKey, field, label, columnIds, value = {}, onChange, multiline, labelHidden, below }: Props) {
  const { t, language: uiLanguage } = useI18n();
  const { languages, problems, readOnly } = useBuilder();
  const labelId = `${fieldId(ownerKey, field)}-label`;
  return (
    <div className="texts-row" role="group" aria-labelledby={labelId}>
      <span id={labelId} className={labelHidden ? 'sr-only' : 'texts-label'}>
        {label}
      </span>
      {languages.map((language) => {
        const id = fieldId(ownerKey, `${field}.${language}`);
        const errors = problems.at(ownerKey, `${field}.${language}`).map((problem) => problemText(problem, t, uiLanguage));
        const errorId = errors.length ? `${id}-error` : undefined;
        const common = {
          id,
          value: value[language] ?? '',
          readOnly,
          'aria-labelledby': `${labelId} ${columnIds(language)}`,
          'aria-describedby': errorId,
          'aria-invalid': errors.length ? (true as const) : undefined,
          lang: language === 'en' ? 'en' : language,
          onChange: (event: { target: { value: string } }) => onChange({ ...value, [language]: event.target.value }),
        };
        return (
          <div key={language} className="texts-cell">
            <FieldErrors id={errorId} errors={errors} />
            {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
            {below?.(language)}
          </div>
        );
      })}
    </div>
  );
}

/** The header of the language columns; inputs point at these ids to name their language. */
export function LanguageHeader({ idPrefix, first }: { idPrefix: string; first: string }) {
  const { t } = useI18n();
  const { languages } = useBuilder();
  return (
    <div className="texts-row texts-header" aria-hidden="true">
      <span className="texts-column-name">{first}</span>
      {languages.map((language) => (
        <span key={language} id={`${idPrefix}-${language}`} className="texts-column-name">
          {t(`language.${language}`)}
        </span>
      ))}
    </div>
  );
}
