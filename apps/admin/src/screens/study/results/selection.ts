/** What the user picked, and the one API request it makes (filters only where the API takes them). */
import type { Breakdown, CrossTabQuery, ResultsQuery, ResultsScope } from '../../../api/results';
import type { Catalogue, CatalogueQuestion } from './question-catalogue';

export type BreakdownChoice = Breakdown | 'crosstab';
export const BREAKDOWN_CHOICES: readonly BreakdownChoice[] = ['national', 'age_band', 'county', 'municipality', 'county_age_band', 'municipality_age_band', 'crosstab'];
export type ChartView = 'distribution' | 'means';

export interface Selection {
  /** `questionnaireId/variable` of the question. */
  question: string;
  breakdown: BreakdownChoice;
  /** The background question's key, for a cross-tab. */
  by: string;
  /** '' for all. */
  county: string;
  municipality: string;
  ageBand: string;
  chartView: ChartView;
}

export const keyOf = (question: CatalogueQuestion) => `${question.questionnaireId}/${question.variable}`;

/** Which filters each breakdown takes (as apps/api results-rules). */
export const FILTERS_OF: Record<BreakdownChoice, { county: boolean; municipality: boolean; ageBand: boolean }> = {
  national: { county: false, municipality: false, ageBand: false },
  age_band: { county: false, municipality: false, ageBand: true },
  county: { county: true, municipality: false, ageBand: false },
  county_age_band: { county: true, municipality: false, ageBand: true },
  municipality: { county: true, municipality: true, ageBand: false },
  municipality_age_band: { county: true, municipality: true, ageBand: true },
  crosstab: { county: true, municipality: true, ageBand: false },
};

export const crossTabbable = (question: CatalogueQuestion | undefined) => question?.kind === 'choice' || question?.kind === 'scale';

export function firstSelection(catalogue: Catalogue, scope: ResultsScope): Selection {
  const first = catalogue.questions[0];
  const by = catalogue.questions.find((question) => question !== first && crossTabbable(question) && question.questionnaireId === first?.questionnaireId);
  return fitScope(
    { question: first ? keyOf(first) : '', breakdown: scope.municipality ? 'national' : 'county', by: by ? keyOf(by) : '', county: '', municipality: '', ageBand: '', chartView: 'distribution' },
    scope,
  );
}

/**
 * Someone limited to one municipality may read it, its county and the nation: breakdowns that
 * list counties or municipalities are narrowed to theirs, and no other place can be picked.
 */
export function fitScope(selection: Selection, scope: ResultsScope): Selection {
  if (!scope.municipality || !scope.county) return selection;
  const { breakdown } = selection;
  const county = breakdown === 'crosstab' ? (selection.county === '' ? '' : scope.county.code) : FILTERS_OF[breakdown].county ? scope.county.code : '';
  const municipality =
    breakdown === 'crosstab'
      ? selection.municipality === '' || county === ''
        ? ''
        : scope.municipality.code
      : breakdown === 'municipality' || breakdown === 'municipality_age_band'
        ? scope.municipality.code
        : '';
  return { ...selection, county, municipality };
}

export type ResultsRequest =
  | { kind: 'results'; query: ResultsQuery }
  | { kind: 'crosstab'; query: CrossTabQuery }
  | { kind: 'none'; why: 'no_question' | 'not_cross_tabbable' };

export function requestOf(selection: Selection, catalogue: Catalogue): ResultsRequest {
  const question = catalogue.questions.find((candidate) => keyOf(candidate) === selection.question);
  if (!question) return { kind: 'none', why: 'no_question' };
  const questionnaire = catalogue.severalQuestionnaires ? question.questionnaireId : undefined;
  const fits = FILTERS_OF[selection.breakdown];
  const county = fits.county && selection.county ? selection.county : undefined;
  const municipality = fits.municipality && selection.municipality ? selection.municipality : undefined;
  if (selection.breakdown === 'crosstab') {
    const by = catalogue.questions.find((candidate) => keyOf(candidate) === selection.by && candidate.questionnaireId === question.questionnaireId);
    if (!crossTabbable(question) || !by) return { kind: 'none', why: 'not_cross_tabbable' };
    return { kind: 'crosstab', query: { question: question.variable, by: by.variable, ...(municipality ? { municipality } : county ? { county } : {}), questionnaire } };
  }
  const ageBand = fits.ageBand && selection.ageBand !== '' ? Number(selection.ageBand) : undefined;
  return { kind: 'results', query: { question: question.variable, breakdown: selection.breakdown, county, municipality, ageBand, questionnaire } };
}
