import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuestionnaireDefinition } from '@stemme/questionnaire';
import { DataSource, EntityManager } from 'typeorm';
import { QuestionnaireVersion } from './questionnaire-version.entity';
import { Questionnaire } from './questionnaire.entity';

export interface QuestionnaireWithVersions {
  questionnaire: Questionnaire;
  versions: QuestionnaireVersion[];
}

@Injectable()
export class QuestionnairesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new questionnaire with its first draft, version 1. */
  async createWithDraft(studyId: string, title: string, definition: QuestionnaireDefinition, createdBy: string | null): Promise<QuestionnaireWithVersions> {
    return this.dataSource.transaction(async (manager) => {
      const questionnaire = await manager.getRepository(Questionnaire).save(manager.getRepository(Questionnaire).create({ studyId, title }));
      const draft = await manager
        .getRepository(QuestionnaireVersion)
        .save(manager.getRepository(QuestionnaireVersion).create({ questionnaireId: questionnaire.id, versionNumber: 1, status: 'draft', definition, createdBy }));
      return { questionnaire, versions: [draft] };
    });
  }

  findQuestionnaire(id: string): Promise<Questionnaire | null> {
    return this.dataSource.getRepository(Questionnaire).findOneBy({ id });
  }

  listOfStudy(studyId: string): Promise<Questionnaire[]> {
    return this.dataSource.getRepository(Questionnaire).find({ where: { studyId }, order: { createdAt: 'ASC' } });
  }

  listVersions(questionnaireIds: string[]): Promise<QuestionnaireVersion[]> {
    if (!questionnaireIds.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(QuestionnaireVersion)
      .createQueryBuilder('version')
      .where('version.questionnaire_id IN (:...ids)', { ids: questionnaireIds })
      .orderBy('version.version_number', 'ASC')
      .getMany();
  }

  findVersion(id: string, manager: EntityManager = this.dataSource.manager): Promise<QuestionnaireVersion | null> {
    return manager.getRepository(QuestionnaireVersion).findOneBy({ id });
  }

  /** The version with its questionnaire's study id, for access checks. */
  async findVersionWithStudy(id: string): Promise<{ version: QuestionnaireVersion; studyId: string; title: string } | null> {
    const version = await this.findVersion(id);
    if (!version) return null;
    const questionnaire = await this.findQuestionnaire(version.questionnaireId);
    return questionnaire ? { version, studyId: questionnaire.studyId, title: questionnaire.title } : null;
  }

  /** Replaces a draft's definition. Answers null when the version is not a draft (any more). */
  async saveDraftDefinition(id: string, definition: QuestionnaireDefinition): Promise<QuestionnaireVersion | null> {
    const result = await this.dataSource
      .getRepository(QuestionnaireVersion)
      .createQueryBuilder()
      .update()
      .set({ definition, updatedAt: () => 'now()' })
      .where('id = :id AND status = :status', { id, status: 'draft' })
      .execute();
    return result.affected ? this.findVersion(id) : null;
  }

  /**
   * Locks a version for the length of a transaction, so that publishing sees exactly the
   * definition it validates.
   */
  async withLockedVersion<T>(id: string, work: (version: QuestionnaireVersion | null, manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const version = await manager.getRepository(QuestionnaireVersion).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      return work(version, manager);
    });
  }

  async markPublished(manager: EntityManager, id: string, contentHash: string): Promise<void> {
    await manager.query(
      `UPDATE "questionnaire_version" SET "status" = 'published', "content_hash" = $2, "published_at" = now(), "updated_at" = now() WHERE "id" = $1 AND "status" = 'draft'`,
      [id, contentHash],
    );
  }

  /** A new draft with the definition of an existing version, numbered after the newest. */
  async createDraftFrom(source: QuestionnaireVersion, createdBy: string): Promise<QuestionnaireVersion> {
    return this.dataSource.transaction(async (manager) => {
      // Serialises concurrent "new draft" requests on one questionnaire.
      await manager.query(`SELECT 1 FROM "questionnaire" WHERE "id" = $1 FOR UPDATE`, [source.questionnaireId]);
      const [{ next }] = await manager.query(
        `SELECT COALESCE(MAX("version_number"), 0) + 1 AS next FROM "questionnaire_version" WHERE "questionnaire_id" = $1`,
        [source.questionnaireId],
      );
      const repository = manager.getRepository(QuestionnaireVersion);
      return repository.save(
        repository.create({
          questionnaireId: source.questionnaireId,
          versionNumber: Number(next),
          status: 'draft',
          definition: source.definition,
          basedOnVersionId: source.id,
          createdBy,
        }),
      );
    });
  }
}
