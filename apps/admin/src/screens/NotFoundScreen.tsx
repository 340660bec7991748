import { Link, paths } from '../app/router';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/i18n';

export function NotFoundScreen() {
  const { t } = useI18n();
  return (
    <div className="page narrow">
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={paths.studies()}>{t('notFound.back')}</Link>
      </p>
    </div>
  );
}
