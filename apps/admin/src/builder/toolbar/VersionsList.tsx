import type { Questionnaire } from '../../api/types';
import { Link, paths } from '../../app/router';
import { useI18n } from '../../i18n/i18n';

/** Every version of the questionnaire, newest first; the one open here is marked. */
export function VersionsList({ questionnaire, currentId }: { questionnaire: Questionnaire; currentId: string }) {
  const { t, formatDate } = useI18n();
  const versions = [...questionnaire.versions].sort((a, b) => b.versionNumber - a.versionNumber);
  return (
    <section className="side-panel" aria-labelledby="versions-title">
      <h2 id="versions-title">{t('versions.title')}</h2>
      <ol className="versions" reversed>
        {versions.map((version) => {
          const label =
            version.status === 'draft'
              ? t('versions.draft', { n: version.versionNumber })
              : t('versions.published', { n: version.versionNumber, date: formatDate(version.publishedAt ?? version.updatedAt) });
          return (
            <li key={version.id}>
              {version.id === currentId ? (
                <span aria-current="page" className="version-current">
                  {label} <span className="muted">({t('versions.thisOne')})</span>
                </span>
              ) : (
                <Link to={paths.version(version.id)}>{label}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
