import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@stemme/identity';
import { ConflictError, NotFoundError, safeFileName, UnprocessableError } from '@stemme/platform';
import {
  contentHash,
  parseQuestionnaireExport,
  type QuestionnaireDefinition,
  type QuestionnaireExport,
  toQuestionnaireExport,
} from '@stemme/questionnaire';
import { Questionnaire, QuestionnaireVersion, QuestionnairesRepository } from '@stemme/studies';
import { StudiesService } from '../studies/studies.service';
import { CreateQuestionnaireDto, QuestionnaireResponseDto, VersionResponseDto, VersionSummaryDto } from './dto/questionnaire.dto';
import { draftProblems, emptyDefinition, publishProblems, readabilityOf } from './questionnaire-checks';

interface VersionContext {
  version: QuestionnaireVersion;
  studyId: string;
  title: string;
}

/**
 * Questionnaires and their versions. A draft can be saved unfinished; publishing freezes it
 * (and needs a definition without problems); a new draft can start from any version.
 */
@Injectable()
export class QuestionnairesService {
  constructor(
    private readonly questionnaires: QuestionnairesRepository,
    private readonly studies: StudiesService,
  ) {}

  async create(user: AuthenticatedUser, studyId: string, input: CreateQuestionnaireDto): Promise<QuestionnaireResponseDto> {
    const study = await this.studies.getForChange(user, studyId);
    const definition = input.definition ?? emptyDefinition(study.languages);
    this.assertUsableAsDraft(definition);
    const { questionnaire, versions } = await this.questionnaires.createWithDraft(studyId, input.title, definition, user.id);
    return QuestionnaireResponseDto.from(questionnaire, versions);
  }

  /** Creates a questionnaire from an export file of our format; 422 names every problem by its path. */
  async import(user: AuthenticatedUser, studyId: string, file: unknown, title?: string): Promise<QuestionnaireResponseDto> {
    await this.studies.getForChange(user, studyId);
    const parsed = parseQuestionnaireExport(file);
    if (!parsed.ok) throw new UnprocessableError('The file is not a questionnaire in the Stemme format', parsed.problems);
    const { questionnaire, versions } = await this.questionnaires.createWithDraft(
      studyId,
      title ?? parsed.value.meta.name,
      parsed.value.definition,
      user.id,
    );
    return QuestionnaireResponseDto.from(questionnaire, versions);
  }

  async listOfStudy(user: AuthenticatedUser, studyId: string): Promise<QuestionnaireResponseDto[]> {
    await this.studies.get(user, studyId);
    const questionnaires = await this.questionnaires.listOfStudy(studyId);
    const versions = await this.questionnaires.listVersions(questionnaires.map((q) => q.id));
    return questionnaires.map((q) => QuestionnaireResponseDto.from(q, versions));
  }

  async get(user: AuthenticatedUser, id: string): Promise<QuestionnaireResponseDto> {
    const questionnaire = await this.findQuestionnaire(id);
    await this.studies.get(user, questionnaire.studyId);
    return QuestionnaireResponseDto.from(questionnaire, await this.questionnaires.listVersions([id]));
  }

  async getVersion(user: AuthenticatedUser, id: string): Promise<VersionResponseDto> {
    const context = await this.findVersion(id);
    const study = await this.studies.get(user, context.studyId);
    return this.describe(context, study.languages);
  }

  async saveDraft(user: AuthenticatedUser, id: string, definition: QuestionnaireDefinition): Promise<VersionResponseDto> {
    const context = await this.findVersion(id);
    const study = await this.studies.getForChange(user, context.studyId);
    if (context.version.status === 'published') throw this.publishedConflict(context.version);
    this.assertUsableAsDraft(definition);
    const saved = await this.questionnaires.saveDraftDefinition(id, definition);
    if (!saved) throw this.publishedConflict(context.version);
    return this.describe({ ...context, version: saved }, study.languages);
  }

  async publish(user: AuthenticatedUser, id: string): Promise<VersionResponseDto> {
    const context = await this.findVersion(id);
    const study = await this.studies.getForChange(user, context.studyId);
    const published = await this.questionnaires.withLockedVersion(id, async (version, manager) => {
      if (!version) throw new NotFoundError(`No questionnaire version has the id ${id}`);
      if (version.status === 'published') throw new ConflictError(`Version ${version.versionNumber} is already published`);
      const problems = publishProblems(version.definition, study.languages);
      if (problems.length) throw new UnprocessableError(`Version ${version.versionNumber} cannot be published: ${problems.length} problem(s)`, problems);
      await this.questionnaires.markPublished(manager, id, contentHash(version.definition));
      return (await this.questionnaires.findVersion(id, manager))!;
    });
    return this.describe({ ...context, version: published }, study.languages);
  }

  async createDraftFrom(user: AuthenticatedUser, id: string): Promise<VersionResponseDto> {
    const context = await this.findVersion(id);
    const study = await this.studies.getForChange(user, context.studyId);
    const draft = await this.questionnaires.createDraftFrom(context.version, user.id);
    return this.describe({ ...context, version: draft }, study.languages);
  }

  async export(user: AuthenticatedUser, id: string): Promise<{ file: QuestionnaireExport; fileName: string }> {
    const context = await this.findVersion(id);
    await this.studies.get(user, context.studyId);
    const { version, title } = context;
    const file = toQuestionnaireExport(version.definition, {
      name: title,
      version: version.versionNumber,
      exportedAt: new Date().toISOString(),
    });
    return { file, fileName: `${safeFileName(title, 'questionnaire')}-v${version.versionNumber}.json` };
  }

  private describe(context: VersionContext, studyLanguages: QuestionnaireDefinition['languages']): VersionResponseDto {
    const { version } = context;
    const problems = version.status === 'published' ? [] : publishProblems(version.definition, studyLanguages);
    return {
      ...VersionSummaryDto.from(version),
      questionnaireId: version.questionnaireId,
      studyId: context.studyId,
      title: context.title,
      definition: version.definition,
      problems,
      readability: readabilityOf(version.definition, draftProblems(version.definition).length === 0),
    };
  }

  private assertUsableAsDraft(definition: unknown): void {
    const problems = draftProblems(definition);
    if (problems.length) throw new UnprocessableError('The definition does not have the shape of a questionnaire', problems);
  }

  private publishedConflict(version: QuestionnaireVersion): ConflictError {
    return new ConflictError(`Version ${version.versionNumber} is published and cannot change; make a new draft from it`);
  }

  private async findQuestionnaire(id: string): Promise<Questionnaire> {
    const questionnaire = await this.questionnaires.findQuestionnaire(id);
    if (!questionnaire) throw new NotFoundError(`No questionnaire has the id ${id}`);
    return questionnaire;
  }

  private async findVersion(id: string): Promise<VersionContext> {
    const found = await this.questionnaires.findVersionWithStudy(id);
    if (!found) throw new NotFoundError(`No questionnaire version has the id ${id}`);
    return found;
  }
}
