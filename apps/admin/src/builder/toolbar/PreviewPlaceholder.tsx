import { useI18n } from '../../i18n/i18n';

/**
 * Where the preview will be. It will use the respondent form renderer (libs/respondent-form),
 * so that designers see exactly what respondents get; the builder does not draw forms itself.
 */
export function PreviewPlaceholder() {
  const { t } = useI18n();
  return (
    <section className="side-panel preview-placeholder" aria-labelledby="preview-title" data-preview-placeholder>
      <h2 id="preview-title">{t('preview.title')}</h2>
      <p>{t('preview.comingSoon')}</p>
    </section>
  );
}
