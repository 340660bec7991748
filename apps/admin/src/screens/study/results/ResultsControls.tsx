import { register } from '../../../api/endpoints';
import type { ResultsScope } from '../../../api/results';
import type { Study } from '../../../api/types';
import { Field } from '../../../components/Field';
import { useLoad } from '../../../components/useLoad';
import { useI18n } from '../../../i18n/i18n';
import { type Catalogue, type CatalogueQuestion, questionLabel } from './question-catalogue';
import { BREAKDOWN_CHOICES, type BreakdownChoice, crossTabbable, FILTERS_OF, keyOf, type Selection } from './selection';

interface Props {
  study: Study;
  catalogue: Catalogue;
  scope: ResultsScope;
  selection: Selection;
  onChange: (change: Partial<Selection>) => void;
}

/** Question, breakdown and filters: every change shows new figures at once. */
export function ResultsControls({ study, catalogue, scope, selection, onChange }: Props) {
  const { t, language } = useI18n();
  const scoped = scope.municipality !== null;
  const question = catalogue.questions.find((candidate) => keyOf(candidate) === selection.question);
  const fits = FILTERS_OF[selection.breakdown];
  const counties = useLoad(() => (scoped ? Promise.resolve([]) : register.counties()), [scoped]);
  const municipalities = useLoad(
    () => (scoped || !selection.county ? Promise.resolve([]) : register.municipalities(selection.county)),
    [scoped, selection.county],
  );
  const backgrounds = catalogue.questions.filter(
    (candidate) => crossTabbable(candidate) && candidate.questionnaireId === question?.questionnaireId && candidate.variable !== question?.variable,
  );

  const questionOptions = (questions: CatalogueQuestion[]) =>
    questions.map((candidate) => (
      <option key={keyOf(candidate)} value={keyOf(candidate)}>
        {questionLabel(candidate, language)} ({candidate.variable})
      </option>
    ));
  const grouped = (questions: CatalogueQuestion[]) =>
    catalogue.severalQuestionnaires
      ? [...new Set(questions.map((candidate) => candidate.questionnaireId))].map((id) => {
          const inIt = questions.filter((candidate) => candidate.questionnaireId === id);
          return (
            <optgroup key={id} label={inIt[0].questionnaireTitle}>
              {questionOptions(inIt)}
            </optgroup>
          );
        })
      : questionOptions(questions);

  return (
    <form className="results-controls panel" aria-labelledby="results-choose" onSubmit={(event) => event.preventDefault()}>
      <h2 id="results-choose">{t('results.choose')}</h2>
      {scoped && (
        <p className="scope-note" id="results-scope-note">
          {t('results.scoped', { municipality: scope.municipality!.name, county: scope.county!.name })}
        </p>
      )}
      <Field id="results-question" label={t('results.question')} hint={t('results.questionHint')}>
        {(control) => (
          <select {...control} value={selection.question} onChange={(event) => onChange({ question: event.target.value })}>
            {grouped(catalogue.questions)}
          </select>
        )}
      </Field>
      <div className="results-choices">
        <fieldset className="results-breakdown">
          <legend>{t('results.breakdown')}</legend>
          {BREAKDOWN_CHOICES.map((choice: BreakdownChoice) => (
            <label key={choice} className="choice">
              <input type="radio" name="breakdown" value={choice} checked={selection.breakdown === choice} onChange={() => onChange({ breakdown: choice })} />
              {t(`results.breakdown.${choice}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="results-filters">
          <legend>{t('results.filters')}</legend>
          {selection.breakdown === 'crosstab' && (
            <Field id="results-by" label={t('results.background')} hint={t('results.backgroundHint')}>
              {(control) => (
                <select {...control} value={selection.by} onChange={(event) => onChange({ by: event.target.value })}>
                  {!backgrounds.some((candidate) => keyOf(candidate) === selection.by) && <option value="">–</option>}
                  {questionOptions(backgrounds)}
                </select>
              )}
            </Field>
          )}
          {fits.county && (
            <Field id="results-county" label={t('results.county')}>
              {(control) => (
                <select {...control} value={selection.county} onChange={(event) => onChange({ county: event.target.value, municipality: '' })}>
                  {scoped ? (
                    <>
                      {selection.breakdown === 'crosstab' && <option value="">{t('results.wholeCountry')}</option>}
                      <option value={scope.county!.code}>{scope.county!.name}</option>
                    </>
                  ) : (
                    <>
                      <option value="">{selection.breakdown === 'crosstab' ? t('results.wholeCountry') : t('results.allCounties')}</option>
                      {counties.data?.map((county) => (
                        <option key={county.code} value={county.code}>
                          {county.name}
                        </option>
                      ))}
                    </>
                  )}
                </select>
              )}
            </Field>
          )}
          {fits.municipality && (
            <Field id="results-municipality" label={t('results.municipality')} hint={!selection.county ? t('results.chooseCountyFirst') : undefined}>
              {(control) => (
                <select
                  {...control}
                  value={selection.municipality}
                  disabled={!selection.county}
                  onChange={(event) => onChange({ municipality: event.target.value })}
                >
                  {!(scoped && selection.breakdown !== 'crosstab') && (
                    <option value="">{selection.breakdown === 'crosstab' ? t('results.wholeCounty') : t('results.allMunicipalities')}</option>
                  )}
                  {scoped ? (
                    <option value={scope.municipality!.code}>{scope.municipality!.name}</option>
                  ) : (
                    municipalities.data?.map((municipality) => (
                      <option key={municipality.code} value={municipality.code}>
                        {municipality.name}
                      </option>
                    ))
                  )}
                </select>
              )}
            </Field>
          )}
          {fits.ageBand && (
            <Field id="results-age-band" label={t('results.ageBand')}>
              {(control) => (
                <select {...control} value={selection.ageBand} onChange={(event) => onChange({ ageBand: event.target.value })}>
                  <option value="">{t('results.allAgeBands')}</option>
                  {study.ageBands.map((band, index) => (
                    <option key={index} value={String(index)}>
                      {band.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {!fits.county && !fits.ageBand && <p className="muted">{t('results.noFilters')}</p>}
          {(question?.kind === 'scale' || question?.kind === 'number') && selection.breakdown !== 'crosstab' && (
            <fieldset className="plain chart-view">
              <legend>{t('results.chartView')}</legend>
              {question.kind === 'scale' && (
                <label className="choice">
                  <input type="radio" name="chart-view" checked={selection.chartView === 'distribution'} onChange={() => onChange({ chartView: 'distribution' })} />
                  {t('results.chartView.distribution')}
                </label>
              )}
              <label className="choice">
                <input
                  type="radio"
                  name="chart-view"
                  checked={selection.chartView === 'means' || question.kind === 'number'}
                  onChange={() => onChange({ chartView: 'means' })}
                />
                {t('results.chartView.means')}
              </label>
            </fieldset>
          )}
        </fieldset>
      </div>
    </form>
  );
}
