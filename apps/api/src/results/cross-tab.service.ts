import { Injectable } from '@nestjs/common';
import { SINGLE_SLOT_KEY, statisticQuestion, type StatisticOption, type StatisticQuestion } from '@stemme/aggregation';
import type { AuthenticatedUser } from '@stemme/identity';
import { NotFoundError, UnprocessableError } from '@stemme/platform';
import { crossTab, type CrossTab } from '@stemme/statistics';
import { StudiesService } from '../studies/studies.service';
import { ResultsContext } from './results-context';
import { assertWithinScope } from './results-rules';
import { freshnessOf, type Freshness } from './results.service';

export interface CrossTabResults extends Omit<CrossTab, 'answerCodes' | 'backgroundCodes'> {
  studyId: string;
  question: { variable: string; text: StatisticQuestion['text']; options: StatisticOption[] };
  by: { variable: string; text: StatisticQuestion['text']; options: StatisticOption[] };
  filters: { county?: string; municipality?: string };
  /** The municipalities counted when a municipality was asked for: its own, or its pool's. */
  municipalityCodes?: readonly string[];
  freshness: Freshness;
}

/**
 * A single-choice or Likert question against a background question, counted on demand from the
 * raw responses (pairs are not in the cube), protected by libs/statistics `crossTab`.
 */
@Injectable()
export class CrossTabService {
  constructor(
    private readonly studies: StudiesService,
    private readonly context: ResultsContext,
  ) {}

  async crossTab(user: AuthenticatedUser, studyId: string, query: { question: string; by: string; county?: string; municipality?: string; questionnaire?: string }): Promise<CrossTabResults> {
    const study = await this.studies.get(user, studyId);
    const filters = { county: query.county, municipality: query.municipality };
    const breakdown = query.municipality ? 'municipality' : query.county ? 'county' : 'national';
    assertWithinScope(await this.context.scopeOf(user, studyId), breakdown, filters);
    const geography = await this.context.geography();
    if (query.county && !geography.countyName.has(query.county)) throw new NotFoundError(`There is no county with code ${query.county}`);
    if (query.municipality && !geography.countyOf.has(query.municipality)) throw new NotFoundError(`There is no municipality with code ${query.municipality}`);

    const questionnaire = await this.context.questionnaireWith(studyId, [query.question, query.by], query.questionnaire);
    const question = crossTabbable(statisticQuestion(questionnaire.versions, query.question), query.question);
    const background = crossTabbable(statisticQuestion(questionnaire.versions, query.by), query.by);

    const { generation, municipalityCodes } = await this.context.cube.consistentRead(async (manager) => {
      const generation = await this.context.cube.generation(manager, studyId);
      if (!query.municipality) return { generation, municipalityCodes: undefined };
      const table = await this.context.groupTable(manager, study, questionnaire, generation);
      const row = table.rows.find((candidate) => candidate.kind !== 'withheld' && candidate.municipalityCodes.includes(query.municipality!));
      if (!row) throw new UnprocessableError(`Too few responses from the county of ${query.municipality} to report any municipality in it`);
      return { generation, municipalityCodes: row.municipalityCodes };
    });

    const pairs = question.slots.flatMap((slot) => {
      const other = background.slots.find((candidate) => candidate.versionId === slot.versionId && candidate.key === SINGLE_SLOT_KEY);
      return slot.key === SINGLE_SLOT_KEY && other ? [{ versionId: slot.versionId, answerSlot: slot.slot, backgroundSlot: other.slot }] : [];
    });
    const counted = await this.context.cube.answerPairs(pairs, { municipalityCodes, countyCode: query.county });
    const answerCodes = question.options.map((option) => String(option.code));
    const backgroundCodes = background.options.map((option) => String(option.code));
    const table = crossTab(
      counted
        .map((pair) => ({ answer: String(pair.answer), background: String(pair.background), count: pair.n }))
        .filter((pair) => answerCodes.includes(pair.answer) && backgroundCodes.includes(pair.background)),
      { answerCodes, backgroundCodes, threshold: study.disclosureThreshold },
    );
    return {
      studyId,
      question: { variable: question.variable, text: question.text, options: question.options },
      by: { variable: background.variable, text: background.text, options: background.options },
      filters,
      ...(municipalityCodes ? { municipalityCodes } : {}),
      rows: table.rows,
      total: table.total,
      footnote: table.footnote,
      freshness: freshnessOf(generation),
    };
  }
}

function crossTabbable(lookup: ReturnType<typeof statisticQuestion>, variable: string): StatisticQuestion {
  if ('problem' in lookup) throw new NotFoundError(`No published version asks ${variable}`);
  if (lookup.found.kind !== 'choice' && lookup.found.kind !== 'scale') {
    throw new UnprocessableError(`${variable} cannot be cross-tabulated: only single-choice and Likert questions can`);
  }
  return lookup.found;
}
