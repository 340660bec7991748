import { useMemo, useState } from 'react';
import { ApiError } from '../../../api/client';
import { results as resultsApi, type CrossTabResults, type QuestionResults, type ResultsScope } from '../../../api/results';
import type { Study } from '../../../api/types';
import { LoadState } from '../../../components/LoadState';
import { Notice } from '../../../components/Notice';
import { useLoad } from '../../../components/useLoad';
import { useI18n } from '../../../i18n/i18n';
import { crossTabChart, questionChart } from './chart-data';
import { DisclosureNote, FreshnessLine } from './figures';
import { textIn } from './localized';
import { type Catalogue, loadCatalogue, questionLabel } from './question-catalogue';
import { ResultsChart } from './ResultsChart';
import { ResultsControls } from './ResultsControls';
import { CrossTabTable, ResultsTable } from './ResultsTable';
import { firstSelection, fitScope, keyOf, requestOf, type Selection } from './selection';
import '../../../styles/results.css';

type Loaded = { kind: 'results'; data: QuestionResults } | { kind: 'crosstab'; data: CrossTabResults } | { kind: 'none'; why: string };

/** The results explorer: a question by a breakdown, as a chart and a table, with small groups hidden. */
export function ResultsTab({ study }: { study: Study }) {
  const { t } = useI18n();
  const setup = useLoad(async () => {
    const [catalogue, scope] = await Promise.all([loadCatalogue(study.id), resultsApi.scope(study.id)]);
    return { catalogue, scope };
  }, [study.id]);

  return (
    <section aria-labelledby="results-title" className="results-tab">
      <h2 id="results-title">{t('study.tab.results')}</h2>
      <p className="lead">{t('results.intro')}</p>
      <LoadState loaded={setup} />
      {setup.data &&
        (setup.data.catalogue.questions.length === 0 ? (
          <p className="empty">{t('results.noQuestions')}</p>
        ) : (
          <Explorer study={study} catalogue={setup.data.catalogue} scope={setup.data.scope} />
        ))}
    </section>
  );
}

function Explorer({ study, catalogue, scope }: { study: Study; catalogue: Catalogue; scope: ResultsScope }) {
  const { t, language } = useI18n();
  const [selection, setSelection] = useState<Selection>(() => firstSelection(catalogue, scope));
  const change = (update: Partial<Selection>) => setSelection((current) => fitScope({ ...current, ...update }, scope));
  const request = useMemo(() => requestOf(selection, catalogue), [selection, catalogue]);
  const figures = useLoad<Loaded>(async () => {
    if (request.kind === 'results') return { kind: 'results', data: await resultsApi.question(study.id, request.query) };
    if (request.kind === 'crosstab') return { kind: 'crosstab', data: await resultsApi.crossTab(study.id, request.query) };
    return { kind: 'none', why: request.why };
  }, [study.id, JSON.stringify(request)]);

  const question = catalogue.questions.find((candidate) => keyOf(candidate) === selection.question);
  const questionName = question ? questionLabel(question, language) : '';
  const breakdownName = t(`results.breakdown.${selection.breakdown}`);
  const error = figures.error instanceof ApiError ? figures.error : undefined;

  const chart = useMemo(() => {
    const loaded = figures.data;
    if (!loaded || loaded.kind === 'none') return undefined;
    return loaded.kind === 'results'
      ? questionChart(loaded.data, loaded.data.question.kind === 'number' ? 'means' : selection.chartView, language, t)
      : crossTabChart(loaded.data, question?.kind === 'scale', language, t);
  }, [figures.data, selection.chartView, language, t, question?.kind]);

  const loaded = figures.loading ? undefined : figures.data;
  return (
    <>
      <ResultsControls study={study} catalogue={catalogue} scope={scope} selection={selection} onChange={change} />
      <div className="results-output" aria-busy={figures.loading}>
        <h2 className="results-heading">{t('results.heading', { question: questionName })}</h2>
        <p className="sr-only" role="status">
          {figures.loading ? t('results.loading') : ''}
        </p>
        {figures.loading && (
          <p className="loading" aria-hidden="true">
            {t('results.loading')}
          </p>
        )}
        {error?.status === 403 && <Notice tone="error">{t('results.forbidden')}</Notice>}
        {figures.error !== undefined && error?.status !== 403 && (
          error && error.status !== 0 ? <Notice tone="error">{t('results.failed', { message: error.message })}</Notice> : <LoadState loaded={figures} />
        )}
        {loaded?.kind === 'none' && <Notice tone="warning">{t('results.crossTabNeedsChoice')}</Notice>}
        {loaded && loaded.kind !== 'none' && chart && !figures.error && (
          <>
            <FreshnessLine responses={loaded.data.freshness.responsesCounted} foldedAt={loaded.data.freshness.lastFoldedAt} checkedAt={loaded.data.freshness.checkedAt} />
            <div
              className="results-figures"
              data-question={loaded.data.question.variable}
              data-breakdown={loaded.kind === 'results' ? loaded.data.breakdown : 'crosstab'}
              data-county={loaded.data.filters.county ?? ''}
            >
              <div className="results-chart-area">
                <h3>{t('results.chart')}</h3>
                {chart.empty ? (
                  <p className="empty">{t('results.chartNothing')}</p>
                ) : (
                  <ResultsChart plan={chart} label={t('results.chartLabel', { question: questionName, breakdown: breakdownName })} />
                )}
                <p className="muted small">{t('results.chartHiddenNote')}</p>
                {chart.cappedAt && <p className="muted small">{t('results.chartCapped', { n: chart.cappedAt.shown, total: chart.cappedAt.total })}</p>}
              </div>
              <div className="results-table-area">
                <h3>{t('results.table')}</h3>
                {loaded.kind === 'results' ? (
                  <>
                    <p className="muted small">
                      {loaded.data.question.kind !== 'number' && t('results.percentOf')} {loaded.data.question.kind === 'multiple' && t('results.multipleNote')}{' '}
                      {(loaded.data.question.kind === 'scale' || loaded.data.question.kind === 'number') && t('results.intervalNote')}
                    </p>
                    <ResultsTable results={loaded.data} caption={t('results.tableCaption', { question: questionName, breakdown: breakdownName })} />
                  </>
                ) : (
                  <>
                    <p className="muted small">{t('results.crossTabIntro')}</p>
                    <CrossTabTable
                      results={loaded.data}
                      threshold={study.disclosureThreshold}
                      caption={t('results.tableCaption', { question: questionName, breakdown: textIn(loaded.data.by.text, language) })}
                    />
                  </>
                )}
              </div>
            </div>
            <DisclosureNote
              threshold={loaded.kind === 'results' ? loaded.data.disclosure.threshold : study.disclosureThreshold}
              footnotes={loaded.kind === 'results' ? loaded.data.footnotes.slice(1).map((footnote) => footnote[language]) : []}
            />
          </>
        )}
      </div>
    </>
  );
}
