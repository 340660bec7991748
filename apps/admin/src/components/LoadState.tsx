import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { Loaded } from './useLoad';
import { Notice } from './Notice';

/** While loading: a quiet line; on failure: what went wrong and a way to try again. */
export function LoadState({ loaded }: { loaded: Pick<Loaded<unknown>, 'loading' | 'error' | 'reload'> }) {
  const { t } = useI18n();
  if (loaded.error) {
    const status = loaded.error instanceof ApiError ? loaded.error.status : 0;
    const message = status === 404 ? t('load.notFound') : status === 403 ? t('load.forbidden') : status === 0 ? t('load.offline') : t('load.failed');
    return (
      <Notice tone="error">
        <p>{message}</p>
        {status !== 404 && status !== 403 && (
          <button type="button" className="button-secondary" onClick={loaded.reload}>
            {t('load.retry')}
          </button>
        )}
      </Notice>
    );
  }
  if (loaded.loading) return <p className="loading">{t('load.loading')}</p>;
  return null;
}
