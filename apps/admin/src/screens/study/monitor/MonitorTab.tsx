import { useMemo } from 'react';
import { ApiError } from '../../../api/client';
import { register } from '../../../api/endpoints';
import { monitor } from '../../../api/monitor';
import type { Study } from '../../../api/types';
import { Notice } from '../../../components/Notice';
import { useLoad } from '../../../components/useLoad';
import { useI18n } from '../../../i18n/i18n';
import '../../../styles/monitor.css';
import { everyDay, perCounty } from './monitor-figures';
import { MonitorChart } from './MonitorChart';
import { usePolling } from './usePolling';

export const MONITOR_INTERVAL_MS = 10_000;

/** Responses per day, county and municipality while data collection runs; real counts, not for publication. */
export function MonitorTab({ study }: { study: Study }) {
  const { t, language, formatDate, formatDateTime } = useI18n();
  const polled = usePolling(() => monitor.get(study.id), MONITOR_INTERVAL_MS, [study.id]);
  const counties = useLoad(() => register.counties(), []);
  const countyName = useMemo(() => new Map((counties.data ?? []).map((county) => [county.code, county.name])), [counties.data]);
  const figures = polled.data;
  const days = useMemo(() => everyDay(figures?.days ?? []), [figures]);
  const byCounty = useMemo(() => (figures ? perCounty(figures) : []), [figures]);
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO');
  const time = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const county = (code: string | null) => (code ? (countyName.get(code) ?? code) : t('monitor.unknownCounty'));
  const forbidden = polled.error instanceof ApiError && polled.error.status === 403;

  return (
    <section data-tab="monitor" data-study={study.id} aria-labelledby="monitor-title">
      <h2 id="monitor-title">{t('monitor.title')}</h2>
      <p className="lead">{t('monitor.lead')}</p>
      {forbidden && <Notice tone="error">{t('load.forbidden')}</Notice>}
      {!figures && !polled.error && <p className="loading">{t('load.loading')}</p>}
      {!figures && polled.error !== undefined && !forbidden && <Notice tone="error">{t('load.failed')}</Notice>}
      {figures && (
        <>
          <Notice tone="warning">
            <p>{figures.note[language]}</p>
          </Notice>
          <div className="monitor-summary" role="status" aria-live="polite" aria-atomic="true">
            <p className="monitor-total" data-monitor-total>
              {figures.responses === 1 ? t('monitor.totalOne') : t('monitor.total', { n: number.format(figures.responses) })}
            </p>
          </div>
          <p className="hint">
            {polled.fetchedAt && t('monitor.updated', { time: time.format(polled.fetchedAt) })}{' '}
            {figures.freshness.lastFoldedAt && t('monitor.counted', { time: formatDateTime(figures.freshness.lastFoldedAt) })}
          </p>
          {polled.error !== undefined && <Notice tone="warning">{t('monitor.stale')}</Notice>}
          {figures.responses === 0 ? (
            <p>{t('monitor.empty')}</p>
          ) : (
            <>
              <section aria-labelledby="monitor-days">
                <h3 id="monitor-days">{t('monitor.perDay')}</h3>
                <MonitorChart
                  days={days}
                  label={t('monitor.chartLabel', {
                    from: formatDate(`${days[0].date}T12:00:00Z`),
                    to: formatDate(`${days[days.length - 1].date}T12:00:00Z`),
                    max: number.format(Math.max(...days.map((day) => day.responses))),
                  })}
                />
                <details className="monitor-days-table">
                  <summary>{t('monitor.showDays')}</summary>
                  <table className="table monitor-table">
                    <caption>{t('monitor.dayTable')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('monitor.col.date')}</th>
                        <th scope="col" className="numeric">
                          {t('monitor.col.responses')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {days.map((day) => (
                        <tr key={day.date}>
                          <th scope="row">{formatDate(`${day.date}T12:00:00Z`)}</th>
                          <td className="numeric">{number.format(day.responses)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </section>
              <div className="monitor-places">
                <section aria-labelledby="monitor-counties">
                  <h3 id="monitor-counties">{t('monitor.perCounty')}</h3>
                  <table className="table monitor-table" data-monitor-counties>
                    <thead>
                      <tr>
                        <th scope="col">{t('monitor.col.county')}</th>
                        <th scope="col" className="numeric">
                          {t('monitor.col.responses')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {byCounty.map((entry) => (
                        <tr key={entry.countyCode ?? 'unknown'}>
                          <th scope="row">{county(entry.countyCode)}</th>
                          <td className="numeric">{number.format(entry.responses)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
                <section aria-labelledby="monitor-municipalities">
                  <h3 id="monitor-municipalities">{t('monitor.perMunicipality')}</h3>
                  <table className="table monitor-table" data-monitor-municipalities>
                    <thead>
                      <tr>
                        <th scope="col">{t('monitor.col.municipality')}</th>
                        <th scope="col">{t('monitor.col.county')}</th>
                        <th scope="col" className="numeric">
                          {t('monitor.col.responses')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {figures.municipalities.map((place) => (
                        <tr key={`${place.municipalityCode ?? ''}|${place.countyCode ?? ''}`}>
                          <th scope="row">
                            {place.label[language]}
                            {place.municipalityCode && <span className="code"> ({place.municipalityCode})</span>}
                          </th>
                          <td>{county(place.countyCode)}</td>
                          <td className="numeric">{number.format(place.responses)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
