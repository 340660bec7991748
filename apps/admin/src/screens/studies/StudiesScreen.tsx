import { studies } from '../../api/endpoints';
import { Link, paths } from '../../app/router';
import { canDesign, useUser } from '../../app/session';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { CreateStudyForm } from './CreateStudyForm';

export function StudiesScreen() {
  const { t, formatDate } = useI18n();
  const user = useUser();
  const list = useLoad(() => studies.list(), []);
  const designer = canDesign(user);

  return (
    <div className="page">
      <PageHeading title={t('studies.title')} />
      <p className="lead">{user.role === 'admin' ? t('studies.introAdmin') : t('studies.intro')}</p>
      <LoadState loaded={list} />
      {list.data && list.data.length === 0 && <p className="empty">{designer ? t('studies.emptyDesigner') : t('studies.emptyEvaluator')}</p>}
      {list.data && list.data.length > 0 && (
        <table className="table">
          <caption className="sr-only">{t('studies.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('studies.name')}</th>
              <th scope="col">{t('studies.languages')}</th>
              <th scope="col">{t('studies.created')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((study) => (
              <tr key={study.id}>
                <td>
                  <Link to={paths.study(study.id)}>{study.name}</Link>
                  {study.description && <p className="muted">{study.description}</p>}
                </td>
                <td>{study.languages.map((language) => t(`language.${language}`)).join(', ')}</td>
                <td>{formatDate(study.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {designer && <CreateStudyForm />}
    </div>
  );
}
