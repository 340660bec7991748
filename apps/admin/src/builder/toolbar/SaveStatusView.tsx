import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { SaveStatus } from '../state/useAutosave';

/**
 * What the server has: "Lagret", "Lagrer …" or why not. Routine saving is shown, not spoken;
 * trouble is announced once through the builder's live region.
 */
export function SaveStatusView({ status, published, announce }: { status: SaveStatus; published: boolean; announce: (message: string) => void }) {
  const { t, formatDateTime } = useI18n();
  let text: string;
  switch (status.kind) {
    case 'saved':
      text = published ? t('save.published') : t('save.saved');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'retrying':
      text = t('save.retrying');
      break;
    case 'conflict':
      text = t('save.conflict');
      break;
    case 'rejected':
      text = status.status === 401 ? t('save.signedOut') : t('save.rejected');
      break;
  }
  const trouble = status.kind === 'retrying' || status.kind === 'conflict' || status.kind === 'rejected';
  const announced = useRef('');
  useEffect(() => {
    if (trouble && announced.current !== text) announce(`${text}. ${t('save.keptLocally')}`);
    announced.current = trouble ? text : '';
  }, [trouble, text]);

  return (
    <p className={`save-status save-${status.kind}`} data-save-status={status.kind}>
      <span className="save-dot" aria-hidden="true" />
      {text}
      {status.kind === 'saved' && status.at && !published && <span className="muted"> {formatDateTime(status.at)}</span>}
      {trouble && <span className="save-detail">{t('save.keptLocally')}</span>}
    </p>
  );
}
