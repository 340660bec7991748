import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';

export interface SummaryError {
  /** The id of the field to move to; empty when the error is not about one field. */
  targetId: string;
  message: string;
}

/** A form's errors at the top, each linking to its field; it takes the focus when it appears. */
export function ErrorSummary({ errors, title }: { errors: readonly SummaryError[]; title?: string }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) box.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title ?? t('form.errorSummary')}</h2>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            {error.targetId ? (
              <a
                href={`#${error.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.targetId)?.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
