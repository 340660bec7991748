import { Injectable, Logger } from '@nestjs/common';
import {
  type CubeGeneration,
  CubeRepository,
  type Geography,
  type GroupTable,
  protectedGroupTable,
  questionnaireAsking,
  RegisterGeography,
  type ResultsTable,
  type VersionDefinition,
} from '@stemme/aggregation';
import { AuthenticatedUser, StudyAccessService } from '@stemme/identity';
import type { QuestionnaireDefinition } from '@stemme/questionnaire';
import { RegisterService } from '@stemme/register';
import type { Study } from '@stemme/studies';
import type { EntityManager } from 'typeorm';
import { BoundedCache } from './bounded-cache';
import { type ComputedResults, FreshResults } from './fresh-results';

export interface QuestionnaireVersions {
  questionnaireId: string;
  /** Published versions, oldest first. */
  versions: VersionDefinition[];
}

/** An evaluator's limit to one municipality, with its county; null for the whole study. */
export type ResultsScope = { municipalityCode: string; countyCode: string } | null;

/**
 * Rows of computed result tables kept in memory: a whole country's municipality × age band
 * table of a Likert question has about 2,900 rows of about 1.8 kB each (measured), so this keeps
 * four of those, or hundreds of smaller tables, in about 22 MB.
 */
const RESULT_ROWS_KEPT = 12_000;
/** How long after it was computed a table may still be served while a newer one is computed. */
export const SERVE_STALE_MS = 1000;

/**
 * What results requests share: the register (read once: it changes only with a migration), the
 * definitions of published versions (frozen), the user's scope, and per cube generation (it
 * changes only when a fold counts something) the protected group table and computed tables.
 */
@Injectable()
export class ResultsContext {
  private readonly registerGeography: RegisterGeography;
  private readonly definitions = new BoundedCache<QuestionnaireDefinition>(500);
  private readonly groupTables = new BoundedCache<GroupTable>(32);
  private readonly logger = new Logger('Results');
  private readonly fresh = new FreshResults(RESULT_ROWS_KEPT, SERVE_STALE_MS, (error) => this.logger.warn(`Recomputing results failed: ${(error as Error).message}`));

  constructor(
    register: RegisterService,
    private readonly access: StudyAccessService,
    readonly cube: CubeRepository,
  ) {
    this.registerGeography = new RegisterGeography(register);
  }

  geography(): Promise<Geography> {
    return this.registerGeography.get();
  }

  async scopeOf(user: AuthenticatedUser, studyId: string): Promise<ResultsScope> {
    const municipalityCode = await this.access.municipalityScope(user, studyId);
    if (!municipalityCode) return null;
    const countyCode = (await this.geography()).countyOf.get(municipalityCode);
    return { municipalityCode, countyCode: countyCode ?? municipalityCode.slice(0, 2) };
  }

  /** The questionnaire whose published versions ask all the variables (or the one asked for). */
  async questionnaireWith(studyId: string, variables: readonly string[], questionnaireId?: string): Promise<QuestionnaireVersions> {
    const published = await this.cube.publishedVersions(studyId);
    const missing = published.filter((version) => this.definitions.get(version.id) === undefined).map((version) => version.id);
    for (const { id, definition } of await this.cube.definitions(missing)) this.definitions.set(id, definition);
    const questionnaireIds = [...new Set(published.map((version) => version.questionnaireId))].filter((id) => questionnaireId === undefined || id === questionnaireId);
    const candidates = questionnaireIds.map((id) => ({
      questionnaireId: id,
      versions: published.filter((version) => version.questionnaireId === id).map((version) => ({ id: version.id, definition: this.definitions.get(version.id)! })),
    }));
    return questionnaireAsking(candidates, variables);
  }

  async publishedVersionIds(studyId: string): Promise<string[]> {
    return (await this.cube.publishedVersions(studyId)).map((version) => version.id);
  }

  /** The protected group table of a questionnaire at a cube generation (built once, then kept). */
  groupTable(manager: EntityManager, study: Study, questionnaire: QuestionnaireVersions, generation: CubeGeneration): Promise<GroupTable> {
    const versionIds = questionnaire.versions.map((version) => version.id);
    return this.groupTables.getOrCompute(this.generationKey(study, versionIds, generation), async () =>
      protectedGroupTable(this.cube, manager, study, versionIds, await this.geography()),
    );
  }

  /**
   * A results table (`what` names it: question and breakdown) with the group table it was made
   * with. Computed in one read-only snapshot of the cube, then kept per generation; see
   * FreshResults for what is served while folds keep changing the cube.
   */
  async results(
    study: Study,
    questionnaire: QuestionnaireVersions,
    what: string,
    compute: (manager: EntityManager, table: GroupTable) => Promise<ResultsTable>,
  ): Promise<ComputedResults> {
    const versionIds = questionnaire.versions.map((version) => version.id);
    const current = await this.cube.generation(null, study.id);
    return this.fresh.get(`${versionIds.join(',')}|${this.settingsKey(study)}|${what}`, current, () =>
      this.cube.consistentRead(async (manager) => {
        const computedAt = Date.now();
        const generation = await this.cube.generation(manager, study.id);
        const table = await this.groupTable(manager, study, questionnaire, generation);
        return { generation, table, results: await compute(manager, table), computedAt };
      }),
    );
  }

  private generationKey(study: Study, versionIds: readonly string[], generation: CubeGeneration): string {
    return [versionIds.join(','), generation.foldedCount, generation.rebuiltAt?.toISOString(), this.settingsKey(study)].join('|');
  }

  private settingsKey(study: Study): string {
    return [study.disclosureThreshold, study.reportingMinimum, study.ageBands.map((band) => band.label).join('/')].join('|');
  }
}
