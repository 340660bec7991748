import { Injectable } from '@nestjs/common';
import { breakdownGroups, type Breakdown, type CubeGeneration, type ResultRow, resultsTable, statisticQuestion, type StatisticQuestion } from '@stemme/aggregation';
import type { AuthenticatedUser } from '@stemme/identity';
import { BadInputError, NotFoundError, UnprocessableError } from '@stemme/platform';
import { disclosureFootnote, type LocalizedText } from '@stemme/statistics';
import type { Study } from '@stemme/studies';
import { StudiesService } from '../studies/studies.service';
import type { ComputedResults } from './fresh-results';
import { ResultsContext } from './results-context';
import { assertFiltersFit, assertWithinScope, type ResultFilters } from './results-rules';
import { type JsonBody, SerialisedAnswers } from './serialised-answers';

export interface Freshness {
  /** Responses counted in the figures. */
  responsesCounted: number;
  /** When the newest counted responses became visible here (the fold that counted them committed). */
  lastFoldedAt: string | null;
  /** When a fold last looked for new responses. */
  checkedAt: string | null;
  rebuiltAt: string | null;
}

type ResultsQuery = { question: string; breakdown: Breakdown; questionnaire?: string } & ResultFilters;

export interface QuestionResults {
  studyId: string;
  questionnaireId: string;
  question: Pick<StatisticQuestion, 'variable' | 'text' | 'kind' | 'options' | 'dontKnow'>;
  breakdown: Breakdown;
  filters: ResultFilters;
  disclosure: { threshold: number; reportingMinimum: number };
  rows: ResultRow[];
  total: ResultRow;
  footnotes: LocalizedText[];
  freshness: Freshness;
}

/** What results the user may read: everything (both null), or one municipality, its county and the nation. */
export interface ResultsScopeView {
  municipality: { code: string; name: string } | null;
  county: { code: string; name: string } | null;
}

const SPLIT_NOTE: LocalizedText = {
  nb: 'Svar med et kommunenummer som er delt mellom flere kommuner, vises for seg i fylket sitt; de telles i fylkes- og landstallene.',
  en: 'Responses under a municipality number that was split between municipalities are shown apart in their county; they count in county and national figures.',
};

/** A question's figures from the count cube, by breakdown, with disclosure control from libs/statistics. */
@Injectable()
export class ResultsService {
  private readonly serialised = new SerialisedAnswers<ComputedResults>();

  constructor(
    private readonly studies: StudiesService,
    private readonly context: ResultsContext,
  ) {}

  /**
   * A question's figures as JSON. Written once per computed table and filters, then served as
   * they are until the table is computed again (see SerialisedAnswers); the checks of who may
   * read what run on every request.
   */
  async resultsJson(user: AuthenticatedUser, studyId: string, query: ResultsQuery): Promise<JsonBody> {
    const { computed, filters, answer } = await this.prepare(user, studyId, query);
    return this.serialised.get(computed, [filters.county, filters.municipality, filters.ageBand].join('|'), answer);
  }

  private async prepare(user: AuthenticatedUser, studyId: string, query: ResultsQuery): Promise<{ computed: ComputedResults; filters: ResultFilters; answer: () => QuestionResults }> {
    const study = await this.studies.get(user, studyId);
    const filters: ResultFilters = { county: query.county, municipality: query.municipality, ageBand: query.ageBand };
    assertFiltersFit(query.breakdown, filters);
    assertWithinScope(await this.context.scopeOf(user, studyId), query.breakdown, filters);
    await this.assertFiltersExist(study, filters);

    const questionnaire = await this.context.questionnaireWith(studyId, [query.question], query.questionnaire);
    const lookup = statisticQuestion(questionnaire.versions, query.question);
    if ('problem' in lookup) {
      if (lookup.problem === 'not_found') throw new NotFoundError(`No published version asks ${query.question}`);
      throw new UnprocessableError(`${query.question} is not counted: municipality, text and date questions have no statistics`);
    }
    const question = lookup.found;
    const geography = await this.context.geography();

    const computed = await this.context.results(study, questionnaire, `${question.variable}|${query.breakdown}`, async (manager, groupTable) => {
      const { dimensions } = breakdownGroups(groupTable, query.breakdown, geography.countyOf);
      const answers = await this.context.cube.answerCounts(manager, question.slots, dimensions);
      return resultsTable({ question, table: groupTable, breakdown: query.breakdown, answers, geography, ageBandLabels: study.ageBands.map((band) => band.label) });
    });
    const { generation, table, results } = computed;
    const municipal = query.breakdown.startsWith('municipality');
    const answer = (): QuestionResults => ({
      studyId,
      questionnaireId: questionnaire.questionnaireId,
      question: { variable: question.variable, text: question.text, kind: question.kind, options: question.options, dontKnow: question.dontKnow },
      breakdown: query.breakdown,
      filters,
      disclosure: { threshold: study.disclosureThreshold, reportingMinimum: study.reportingMinimum },
      rows: results.rows.filter((row) => matches(row, filters)),
      total: results.total,
      footnotes: [
        disclosureFootnote({ threshold: study.disclosureThreshold }),
        ...(municipal ? [table.pooling.footnote] : []),
        ...(municipal && table.rows.some((row) => row.kind === 'split') ? [SPLIT_NOTE] : []),
      ],
      freshness: freshnessOf(generation),
    });
    return { computed, filters, answer };
  }

  /** The user's limit in this study, so that a screen offers only what the results API answers. */
  async scope(user: AuthenticatedUser, studyId: string): Promise<ResultsScopeView> {
    await this.studies.get(user, studyId);
    const scope = await this.context.scopeOf(user, studyId);
    if (!scope) return { municipality: null, county: null };
    const geography = await this.context.geography();
    return {
      municipality: { code: scope.municipalityCode, name: geography.municipalityName.get(scope.municipalityCode) ?? scope.municipalityCode },
      county: { code: scope.countyCode, name: geography.countyName.get(scope.countyCode) ?? scope.countyCode },
    };
  }

  private async assertFiltersExist(study: Study, filters: ResultFilters): Promise<void> {
    const geography = await this.context.geography();
    if (filters.county !== undefined && !geography.countyName.has(filters.county)) throw new NotFoundError(`There is no county with code ${filters.county}`);
    if (filters.municipality !== undefined && !geography.countyOf.has(filters.municipality)) throw new NotFoundError(`There is no municipality with code ${filters.municipality}`);
    if (filters.ageBand !== undefined && filters.ageBand >= study.ageBands.length) {
      throw new BadInputError(`The study has ${study.ageBands.length} age bands, numbered from 0`);
    }
  }
}

function matches(row: ResultRow, filters: ResultFilters): boolean {
  const { group } = row;
  if (filters.county !== undefined && group.countyCode !== filters.county) return false;
  if (filters.municipality !== undefined && !group.municipalityCodes?.includes(filters.municipality)) return false;
  if (filters.ageBand !== undefined && group.ageBand !== filters.ageBand) return false;
  return true;
}

export function freshnessOf(generation: CubeGeneration): Freshness {
  return {
    responsesCounted: generation.foldedCount,
    lastFoldedAt: generation.foldedAt?.toISOString() ?? null,
    checkedAt: generation.checkedAt?.toISOString() ?? null,
    rebuiltAt: generation.rebuiltAt?.toISOString() ?? null,
  };
}
