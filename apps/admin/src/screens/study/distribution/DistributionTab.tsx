import { useMemo, useState } from 'react';
import { links, type SurveyLink } from '../../../api/distribution';
import { questionnaires } from '../../../api/endpoints';
import type { Study } from '../../../api/types';
import { LoadState } from '../../../components/LoadState';
import { Notice } from '../../../components/Notice';
import { useLoad } from '../../../components/useLoad';
import { useI18n } from '../../../i18n/i18n';
import '../../../styles/distribution.css';
import { CreateLinksForm, type PublishedVersion } from './CreateLinksForm';
import { LinksTable } from './LinksTable';

/** Sending the study's published questionnaires out: links, QR codes and invitation codes. */
export function DistributionTab({ study }: { study: Study }) {
  const { t } = useI18n();
  const loaded = useLoad(async () => {
    const [all, list] = await Promise.all([questionnaires.listOfStudy(study.id), links.listOfStudy(study.id)]);
    return { questionnaires: all, links: list };
  }, [study.id]);
  const [message, setMessage] = useState<string>();

  const versions = useMemo<PublishedVersion[]>(
    () =>
      (loaded.data?.questionnaires ?? []).flatMap((questionnaire) =>
        questionnaire.versions
          .filter((version) => version.status === 'published')
          .sort((a, b) => b.versionNumber - a.versionNumber)
          .map((version) => ({ id: version.id, label: t('distribution.versionOption', { title: questionnaire.title, n: version.versionNumber }) })),
      ),
    [loaded.data, t],
  );

  const setLinks = (next: SurveyLink[]) => loaded.data && loaded.setData({ ...loaded.data, links: next });
  const replace = (link: SurveyLink) => setLinks((loaded.data?.links ?? []).map((entry) => (entry.id === link.id ? link : entry)));

  return (
    <section data-tab="distribution" data-study={study.id} aria-labelledby="distribution-title">
      <h2 id="distribution-title">{t('distribution.title')}</h2>
      <p className="lead">{t('distribution.lead')}</p>
      <LoadState loaded={loaded} />
      {loaded.data && (
        <>
          {versions.length === 0 ? (
            <Notice tone="info">{t('distribution.noPublished')}</Notice>
          ) : (
            <CreateLinksForm
              versions={versions}
              onCreated={(created) => {
                setLinks([...(loaded.data?.links ?? []), ...created]);
                setMessage(created.length === 1 ? t('distribution.createdOne', { label: created[0].label }) : t('distribution.createdMany', { n: created.length }));
              }}
            />
          )}
          <div className="distribution-message" role="status">
            {message && <p className="notice notice-success">{message}</p>}
          </div>
          <h3>{t('distribution.links')}</h3>
          {loaded.data.links.length === 0 ? <p>{t('distribution.noLinks')}</p> : <LinksTable list={loaded.data.links} onChanged={replace} tell={setMessage} />}
        </>
      )}
    </section>
  );
}
