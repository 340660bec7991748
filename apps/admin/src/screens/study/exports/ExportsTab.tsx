import { useEffect, useRef, useState } from 'react';
import { questionnaires as questionnairesApi } from '../../../api/endpoints';
import { type ExportJob, exportJobs, isActive } from '../../../api/exports';
import { results } from '../../../api/results';
import type { Study } from '../../../api/types';
import { LoadState } from '../../../components/LoadState';
import { useLoad } from '../../../components/useLoad';
import { useI18n } from '../../../i18n/i18n';
import { ExportForm } from './ExportForm';
import { ExportList, exportTitle } from './ExportList';
import '../../../styles/exports.css';

/** How often a running export's state is asked for. */
const POLL_MS = 1000;

/** Start exports, follow them while the worker makes them, and download the files. */
export function ExportsTab({ study }: { study: Study }) {
  const { t } = useI18n();
  const setup = useLoad(async () => {
    const [scope, list, all] = await Promise.all([results.scope(study.id), exportJobs.list(study.id), questionnairesApi.listOfStudy(study.id)]);
    return { scope, list, questionnaires: all.filter((questionnaire) => questionnaire.versions.some((version) => version.status === 'published')) };
  }, [study.id]);
  const [jobs, setJobs] = useState<ExportJob[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const jobsRef = useRef(jobs);
  jobsRef.current = jobs;

  useEffect(() => {
    if (setup.data) setJobs(setup.data.list);
  }, [setup.data]);

  const anyActive = jobs.some(isActive);
  useEffect(() => {
    if (!anyActive) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const active = jobsRef.current.filter(isActive);
      const fresh = await Promise.all(active.map((job) => exportJobs.get(job.id).catch(() => job)));
      if (stopped) return;
      for (const job of fresh) {
        const before = active.find((candidate) => candidate.id === job.id);
        if (before && isActive(before) && !isActive(job)) {
          setAnnouncement(t(job.status === 'done' ? 'exports.readyAnnounce' : 'exports.failedAnnounce', { kind: exportTitle(job, t) }));
        }
      }
      setJobs((current) => current.map((job) => fresh.find((candidate) => candidate.id === job.id) ?? job));
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [anyActive, t]);

  const started = (job: ExportJob) => {
    setJobs((current) => [job, ...current.filter((other) => other.id !== job.id)]);
    setAnnouncement(t('exports.started', { kind: exportTitle(job, t) }));
  };

  return (
    <section aria-labelledby="exports-title" className="exports-tab">
      <h2 id="exports-title">{t('study.tab.exports')}</h2>
      <p className="lead">{t('exports.intro')}</p>
      <LoadState loaded={setup} />
      {setup.data && (
        <>
          <ExportForm study={study} scope={setup.data.scope} questionnaires={setup.data.questionnaires} onStarted={started} />
          <p className="export-announcement" role="status">
            {announcement}
          </p>
          <h3>{t('exports.list')}</h3>
          <ExportList jobs={jobs} />
        </>
      )}
    </section>
  );
}
