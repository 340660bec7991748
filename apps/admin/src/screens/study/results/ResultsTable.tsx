import type { CrossTabResults, QuestionResults, ResultRow } from '../../../api/results';
import { useI18n } from '../../../i18n/i18n';
import { groupName } from './chart-data';
import { Figure, useNumberFormat } from './figures';
import { textIn } from './localized';

/** Every group's figures: respondents, base, percents with counts, and means with their interval. */
export function ResultsTable({ results, caption }: { results: QuestionResults; caption: string }) {
  const { t, language } = useI18n();
  const format = useNumberFormat();
  const k = results.disclosure.threshold;
  const { kind, options, dontKnow } = results.question;
  const rows = results.breakdown === 'national' ? [] : results.rows;
  const withSummary = kind === 'scale' || kind === 'number';

  const row = (result: ResultRow, key: string, total = false) => (
    <tr key={key} className={total ? 'total-row' : undefined} data-group={result.group.key} data-age-band={result.group.ageBand ?? undefined}>
      <th scope="row">{total ? t('results.total') : groupName(result, language, t)}</th>
      <td className="number">
        <Figure figure={result.respondents} threshold={k} show={format.count} />
      </td>
      <td className="number">
        <Figure figure={result.base} threshold={k} show={format.count} />
      </td>
      {kind !== 'number' &&
        options.map((option, index) => {
          const figures = result.options?.[index];
          return (
            <td key={option.code} className="number" data-option={option.code}>
              <Figure figure={figures?.percent} threshold={k} show={format.percent} />
              {figures && 'value' in figures.count && (
                <span className="count">
                  {' '}
                  ({format.count(figures.count.value)})
                </span>
              )}
            </td>
          );
        })}
      {dontKnow && (
        <td className="number">
          <Figure figure={result.dontKnow} threshold={k} show={format.count} />
        </td>
      )}
      {withSummary && (
        <>
          <td className="number" data-figure="mean">
            <Figure figure={result.summary} threshold={k} show={(summary) => (summary.mean === null ? '–' : format.decimal(summary.mean))} />
          </td>
          <td className="number" data-figure="interval">
            <Figure figure={result.summary} threshold={k} show={(summary) => (summary.meanInterval ? format.interval(summary.meanInterval) : '–')} />
          </td>
        </>
      )}
      {kind === 'number' && (
        <>
          <td className="number">
            <Figure figure={result.summary} threshold={k} show={(summary) => (summary.standardDeviation === null ? '–' : format.decimal(summary.standardDeviation))} />
          </td>
          <td className="number">
            <Figure figure={result.summary} threshold={k} show={(summary) => (summary.median === null ? '–' : format.decimal(summary.median))} />
          </td>
        </>
      )}
    </tr>
  );

  return (
    <div className="table-scroll" role="region" aria-labelledby="results-table-caption" tabIndex={0}>
      <table className="table results-table">
        <caption id="results-table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.group')}</th>
            <th scope="col" className="number">
              {t('results.respondents')}
            </th>
            <th scope="col" className="number">
              {t('results.base')}
            </th>
            {kind !== 'number' &&
              options.map((option) => (
                <th key={option.code} scope="col" className="number">
                  {textIn(option.label, language) || option.code}
                  <span className="muted block">{kind === 'scale' ? option.code : t('results.percentAxis').toLowerCase()}</span>
                </th>
              ))}
            {dontKnow && (
              <th scope="col" className="number">
                {textIn(dontKnow.label, language) || t('results.dontKnow')}
              </th>
            )}
            {withSummary && (
              <>
                <th scope="col" className="number">
                  {t('results.mean')}
                </th>
                <th scope="col" className="number">
                  {t('results.interval')}
                </th>
              </>
            )}
            {kind === 'number' && (
              <>
                <th scope="col" className="number">
                  {t('results.sd')}
                </th>
                <th scope="col" className="number">
                  {t('results.median')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((result, index) => row(result, `${result.group.key}/${result.group.ageBand ?? ''}/${index}`))}
          {row(results.total, 'total', true)}
        </tbody>
      </table>
    </div>
  );
}

/** A question against a background question: a row per background answer, row percents with counts. */
export function CrossTabTable({ results, caption, threshold }: { results: CrossTabResults; caption: string; threshold: number }) {
  const { t, language } = useI18n();
  const format = useNumberFormat();
  const answerHeads = results.question.options.map((option) => (
    <th key={option.code} scope="col" className="number">
      {textIn(option.label, language) || option.code}
    </th>
  ));
  const line = (label: string, row: CrossTabResults['rows'][number], key: string, total = false) => (
    <tr key={key} className={total ? 'total-row' : undefined}>
      <th scope="row">{label}</th>
      <td className="number">
        <Figure figure={row.base} threshold={threshold} show={format.count} />
      </td>
      {results.question.options.map((option, column) => (
        <td key={option.code} className="number" data-option={option.code}>
          <Figure figure={row.percents[column]} threshold={threshold} show={format.percent} />
          {row.counts[column] && 'value' in row.counts[column] && <span className="count"> ({format.count((row.counts[column] as { value: number }).value)})</span>}
        </td>
      ))}
    </tr>
  );
  return (
    <div className="table-scroll" role="region" aria-labelledby="results-table-caption" tabIndex={0}>
      <table className="table results-table">
        <caption id="results-table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{textIn(results.by.text, language)}</th>
            <th scope="col" className="number">
              {t('results.base')}
            </th>
            {answerHeads}
          </tr>
        </thead>
        <tbody>
          {results.by.options.map((option, index) => line(textIn(option.label, language) || String(option.code), results.rows[index], String(option.code)))}
          {line(t('results.crossTabTotal'), results.total, 'total', true)}
        </tbody>
      </table>
    </div>
  );
}
