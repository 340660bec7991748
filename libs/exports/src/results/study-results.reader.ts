import { Injectable } from '@nestjs/common';
import {
  type AnswerCountRow,
  type CubeDimensions,
  type CubeGeneration,
  CubeRepository,
  type Geography,
  type GroupTable,
  protectedGroupTable,
  questionnaireAsking,
  RegisterGeography,
  statisticQuestion,
  type StatisticQuestion,
} from '@stemme/aggregation';
import { BadInputError, NotFoundError, UnprocessableError } from '@stemme/platform';
import { answerFields } from '@stemme/questionnaire';
import { RegisterService } from '@stemme/register';
import { QuestionnairesRepository, StudiesRepository, type Study } from '@stemme/studies';
import type { EntityManager } from 'typeorm';
import type { ExportQuestionnaire } from './study-results';

export const ALL_DIMENSIONS: CubeDimensions = { municipality: true, county: true, ageBand: true };

/** Everything a results export reads, from one snapshot of the count cube. */
export interface StudyResultsSnapshot {
  study: Study;
  questionnaire: ExportQuestionnaire;
  geography: Geography;
  generation: CubeGeneration;
  /** The protected group table: which group is shown in every breakdown (as the statistics API). */
  table: GroupTable;
  /** Every counted question of the questionnaire, in questionnaire order. */
  questions: StatisticQuestion[];
  /** First and last submission date counted (YYYY-MM-DD), null without responses. */
  period: { first: string | null; last: string | null };
  /** A question's answer counts in this snapshot, kept apart by municipality, county and age band unless asked otherwise. */
  answerCounts(question: StatisticQuestion, dimensions?: CubeDimensions): Promise<AnswerCountRow[]>;
}

/**
 * Reads a study's results for exports from the count cube, the way the statistics API does
 * (apps/api/src/results: ResultsContext and ResultsService): the same published versions, the
 * same group table built by `buildGroupTable` with the study's threshold and reporting minimum,
 * and the same answer counts fed to `resultsTable`. So an export shows exactly what the API shows.
 */
@Injectable()
export class StudyResultsReader {
  private readonly registerGeography: RegisterGeography;

  constructor(
    private readonly studies: StudiesRepository,
    private readonly questionnaires: QuestionnairesRepository,
    register: RegisterService,
    private readonly cube: CubeRepository,
  ) {
    this.registerGeography = new RegisterGeography(register);
  }

  async study(studyId: string): Promise<Study> {
    const study = await this.studies.findById(studyId);
    if (!study) throw new NotFoundError(`No study has the id ${studyId}`);
    return study;
  }

  geography(): Promise<Geography> {
    return this.registerGeography.get();
  }

  /** The questionnaire asked for, or the study's only questionnaire with a published version. */
  async questionnaire(studyId: string, questionnaireId?: string): Promise<ExportQuestionnaire> {
    const candidates = (await this.publishedQuestionnaires(studyId)).filter((candidate) => questionnaireId === undefined || candidate.id === questionnaireId);
    if (questionnaireId !== undefined && candidates.length === 0) throw new UnprocessableError(`The study has no published questionnaire ${questionnaireId}`);
    if (candidates.length === 0) throw new UnprocessableError('The study has no published questionnaire yet');
    if (candidates.length > 1) throw new BadInputError('The study has several questionnaires: say which with options.questionnaireId');
    return candidates[0];
  }

  /** The questionnaire whose published versions ask the variable (or the one asked for), as the statistics API picks it. */
  async questionnaireAsking(studyId: string, variable: string, questionnaireId?: string): Promise<ExportQuestionnaire> {
    const candidates = (await this.publishedQuestionnaires(studyId)).filter((candidate) => questionnaireId === undefined || candidate.id === questionnaireId);
    return questionnaireAsking(candidates, [variable]);
  }

  /** Runs `work` on one read-only snapshot of the cube: group sizes and answer counts agree. */
  async read<T>(study: Study, questionnaire: ExportQuestionnaire, work: (snapshot: StudyResultsSnapshot) => Promise<T>): Promise<T> {
    const geography = await this.geography();
    const versionIds = questionnaire.versions.map((version) => version.id);
    return this.cube.consistentRead(async (manager) => {
      const generation = await this.cube.generation(manager, study.id);
      const table = await protectedGroupTable(this.cube, manager, study, versionIds, geography);
      return work({
        study,
        questionnaire,
        geography,
        generation,
        table,
        questions: countedQuestions(questionnaire),
        period: await this.period(manager, versionIds),
        answerCounts: (question, dimensions = ALL_DIMENSIONS) => this.cube.answerCounts(manager, question.slots, dimensions),
      });
    });
  }

  private async period(manager: EntityManager, versionIds: string[]): Promise<StudyResultsSnapshot['period']> {
    let first: string | null = null;
    let last: string | null = null;
    for (const { submittedOn } of await this.cube.daySizes(manager, versionIds)) {
      if (first === null || submittedOn < first) first = submittedOn;
      if (last === null || submittedOn > last) last = submittedOn;
    }
    return { first, last };
  }

  private async publishedQuestionnaires(studyId: string): Promise<ExportQuestionnaire[]> {
    const questionnaires = await this.questionnaires.listOfStudy(studyId);
    const versions = (await this.questionnaires.listVersions(questionnaires.map((questionnaire) => questionnaire.id)))
      .filter((version) => version.status === 'published')
      .sort((a, b) => a.versionNumber - b.versionNumber);
    return questionnaires
      .map((questionnaire) => ({
        id: questionnaire.id,
        title: questionnaire.title,
        versions: versions
          .filter((version) => version.questionnaireId === questionnaire.id)
          .map((version) => ({ id: version.id, versionNumber: version.versionNumber, definition: version.definition, publishedAt: version.publishedAt })),
      }))
      .filter((questionnaire) => questionnaire.versions.length > 0);
  }
}

/** The counted questions of a questionnaire: the newest version's order, then variables only older versions had. */
export function countedQuestions(questionnaire: ExportQuestionnaire): StatisticQuestion[] {
  const variables: string[] = [];
  for (const version of [...questionnaire.versions].reverse()) {
    for (const field of answerFields(version.definition)) if (!variables.includes(field.variable)) variables.push(field.variable);
  }
  return variables.flatMap((variable) => {
    const lookup = statisticQuestion(questionnaire.versions, variable);
    return 'found' in lookup ? [lookup.found] : [];
  });
}
