import { studies } from '../../api/endpoints';
import { Link, paths, type StudyTab } from '../../app/router';
import { useUser } from '../../app/session';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/i18n';
import { QuestionnairesTab } from './QuestionnairesTab';
import { StudyAccessTab } from './access/StudyAccessTab';
import { DistributionTab } from './distribution/DistributionTab';
import { ExportsTab } from './exports/ExportsTab';
import { MonitorTab } from './monitor/MonitorTab';
import { ResultsTab } from './results/ResultsTab';
import { StudySettingsTab } from './settings/StudySettingsTab';

/** One study: its questionnaires, its settings and (for admins) who may see it. */
export function StudyScreen({ studyId, tab }: { studyId: string; tab: StudyTab }) {
  const { t } = useI18n();
  const user = useUser();
  const study = useLoad(() => studies.get(studyId), [studyId]);
  // Evaluators read results and exports; only those who run the study distribute and monitor it.
  const tabs: StudyTab[] =
    user.role === 'admin'
      ? ['questionnaires', 'settings', 'distribution', 'monitor', 'results', 'exports', 'access']
      : user.role === 'designer'
        ? ['questionnaires', 'settings', 'distribution', 'monitor', 'results', 'exports']
        : ['questionnaires', 'settings', 'results', 'exports'];

  return (
    <div className="page">
      <nav aria-label={t('layout.breadcrumbs')} className="breadcrumbs">
        <Link to={paths.studies()}>{t('layout.studies')}</Link>
      </nav>
      <LoadState loaded={study} />
      {study.data && (
        <>
          <PageHeading title={`${study.data.name} – ${t(`study.tab.${tab}`)}`}>{study.data.name}</PageHeading>
          <nav aria-label={t('study.sections')} className="subnav">
            {tabs.map((name) => (
              <Link key={name} to={paths.study(studyId, name)} aria-current={name === tab ? 'page' : undefined}>
                {t(`study.tab.${name}`)}
              </Link>
            ))}
          </nav>
          {tab === 'questionnaires' && <QuestionnairesTab study={study.data} />}
          {tab === 'settings' && <StudySettingsTab study={study.data} onSaved={study.setData} />}
          {tab === 'access' && user.role === 'admin' && <StudyAccessTab study={study.data} />}
          {tab === 'distribution' && tabs.includes('distribution') && <DistributionTab study={study.data} />}
          {tab === 'monitor' && tabs.includes('monitor') && <MonitorTab study={study.data} />}
          {tab === 'results' && <ResultsTab study={study.data} />}
          {tab === 'exports' && <ExportsTab study={study.data} />}
        </>
      )}
    </div>
  );
}
