import type { ExportJob } from '../../../api/exports';
import { type Translate, useI18n } from '../../../i18n/i18n';

export function exportTitle(job: ExportJob, t: Translate): string {
  const kind = t(`exports.kind.${job.kind}`);
  const details: string[] = [];
  if (job.kind === 'municipality_reports') details.push(job.options.municipality ? t('exports.opt.municipality', { code: job.options.municipality }) : t('exports.opt.allMunicipalities'));
  if (job.kind === 'raw_data') details.push(job.options.format === 'csv' ? `CSV (${job.options.separator ?? ';'})` : 'Excel');
  if (job.kind === 'charts') details.push((job.options.formats ?? ['png', 'svg']).map((format) => format.toUpperCase()).join(' + '));
  details.push(t('exports.opt.language', { language: t(`exports.language.${job.options.language ?? 'nb'}`).toLowerCase() }));
  return `${kind} (${details.join(', ')})`;
}

function fileSize(bytes: number, language: 'nb' | 'en'): string {
  const format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} kB`;
  return `${format.format(bytes / 1024 / 1024)} MB`;
}

function JobStatus({ job }: { job: ExportJob }) {
  const { t, language, formatDate } = useI18n();
  const title = exportTitle(job, t);
  if (job.status === 'queued' || job.status === 'running') {
    const label = `export-progress-${job.id}`;
    return (
      <div className="export-progress">
        <span id={label} className="sr-only">
          {t('exports.progressLabel', { kind: title })}
        </span>
        <progress max={100} value={job.progress} aria-labelledby={label} aria-describedby={`${label}-text`} />
        <span id={`${label}-text`} className="progress-text">
          {t(`exports.status.${job.status}`)}: {t('exports.progressText', { percent: job.progress })}
          {job.stage ? ` – ${job.stage}` : job.status === 'queued' ? ` – ${t('exports.waiting')}` : ''}
        </span>
      </div>
    );
  }
  if (job.status === 'done') {
    return (
      <div>
        <span className="status-badge status-done">
          <span aria-hidden="true">✓</span> {t('exports.status.done')}
        </span>
        {job.downloadUrl && (
          <p>
            <a href={job.downloadUrl} download={job.fileName ?? undefined}>
              {t('exports.download', { file: job.fileName ?? '' })}
            </a>
            {job.fileSize !== null && job.expiresAt && <span className="muted block">{t('exports.fileSize', { size: fileSize(job.fileSize, language), date: formatDate(job.expiresAt) })}</span>}
          </p>
        )}
      </div>
    );
  }
  if (job.status === 'failed') {
    return (
      <div className="export-failed">
        <span className="status-badge status-failed">
          <span aria-hidden="true">✕</span> {t('exports.status.failed')}
        </span>
        <p>{t('exports.failedBecause', { message: job.errorMessage ?? '' })}</p>
        <p className="muted">{t('exports.failedTryAgain')}</p>
      </div>
    );
  }
  return <span className="status-badge">{t('exports.status.expired')}</span>;
}

/** The study's exports, newest first: what, who, when, and where each one is. */
export function ExportList({ jobs }: { jobs: ExportJob[] }) {
  const { t, formatDateTime } = useI18n();
  if (jobs.length === 0) return <p className="empty">{t('exports.none')}</p>;
  return (
    <table className="table export-list">
      <caption className="sr-only">{t('exports.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exports.what')}</th>
          <th scope="col">{t('exports.who')}</th>
          <th scope="col">{t('exports.when')}</th>
          <th scope="col">{t('exports.status')}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <tr key={job.id} data-export={job.id} data-status={job.status}>
            <th scope="row">{exportTitle(job, t)}</th>
            <td>{job.requestedByName ?? t('exports.unknownUser')}</td>
            <td>{formatDateTime(job.createdAt)}</td>
            <td>
              <JobStatus job={job} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
