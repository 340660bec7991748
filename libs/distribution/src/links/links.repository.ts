import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgeBand, Language, QuestionnaireDefinition } from '@stemme/questionnaire';
import { DataSource, EntityManager } from 'typeorm';
import type { ReceiptHelp } from '@stemme/studies';
import { SurveyLink, type LinkKind } from './survey-link.entity';

export interface NewLink {
  studyId: string;
  questionnaireVersionId: string;
  token: string;
  kind: LinkKind;
  municipalityCode: string | null;
  label: string;
  opensAt: Date;
  closesAt: Date;
  responseCap: number | null;
  invitationOnly: boolean;
  createdBy: string | null;
}

export type LinkChanges = Partial<Pick<SurveyLink, 'label' | 'opensAt' | 'closesAt' | 'responseCap' | 'paused' | 'invitationOnly'>>;

/** Everything the respondent form needs about a link, read in one query. */
export interface FormContextRow {
  link: SurveyLink;
  definition: QuestionnaireDefinition;
  versionStatus: string;
  questionnaireTitle: string;
  studyLanguages: Language[];
  ageBands: AgeBand[];
  unfinishedExpiryDays: number;
  receiptHelp: ReceiptHelp;
}

/** All SQL about links and the counters of capped links. */
@Injectable()
export class LinksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates links in one transaction; a capped link gets its counter. */
  async createMany(links: NewLink[]): Promise<SurveyLink[]> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SurveyLink);
      const saved = await repository.save(links.map((link) => repository.create(link)));
      for (const link of saved) if (link.responseCap !== null) await this.startCounting(manager, link.id);
      return saved;
    });
  }

  findById(id: string): Promise<SurveyLink | null> {
    return this.dataSource.getRepository(SurveyLink).findOneBy({ id });
  }

  listOfStudy(studyId: string): Promise<SurveyLink[]> {
    return this.dataSource.getRepository(SurveyLink).find({ where: { studyId }, order: { createdAt: 'ASC', label: 'ASC' } });
  }

  /** Changes a link; starts or stops counting when a cap is set or removed. */
  async update(id: string, changes: LinkChanges): Promise<SurveyLink | null> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SurveyLink);
      if (Object.keys(changes).length) await repository.update({ id }, changes);
      const link = await repository.findOneBy({ id });
      if (!link) return null;
      if (link.responseCap === null) await manager.query(`DELETE FROM "survey_link_quota" WHERE "link_id" = $1`, [id]);
      else await this.startCounting(manager, id);
      return link;
    });
  }

  /** Responses counted against the caps of these links (capped links only). */
  async quotaUsed(linkIds: string[]): Promise<Map<string, number>> {
    if (!linkIds.length) return new Map();
    const rows: { linkId: string; used: number }[] = await this.dataSource.query(
      `SELECT "link_id" AS "linkId", "used" FROM "survey_link_quota" WHERE "link_id" = ANY($1::uuid[])`,
      [linkIds],
    );
    return new Map(rows.map((row) => [row.linkId, row.used]));
  }

  async findFormContext(token: string): Promise<FormContextRow | null> {
    const link = await this.dataSource.getRepository(SurveyLink).findOneBy({ token });
    if (!link) return null;
    const [row] = await this.dataSource.query(
      `SELECT v."definition", v."status", q."title", s."languages", s."age_bands" AS "ageBands", s."unfinished_expiry_days" AS "expiryDays", s."receipt_help" AS "receiptHelp"
       FROM "questionnaire_version" v
       JOIN "questionnaire" q ON q."id" = v."questionnaire_id"
       JOIN "study" s ON s."id" = q."study_id"
       WHERE v."id" = $1`,
      [link.questionnaireVersionId],
    );
    if (!row) return null;
    return {
      link,
      definition: row.definition,
      versionStatus: row.status,
      questionnaireTitle: row.title,
      studyLanguages: row.languages,
      ageBands: row.ageBands,
      unfinishedExpiryDays: row.expiryDays,
      receiptHelp: row.receiptHelp,
    };
  }

  /** A new counter starts from the responses the link already has. */
  private async startCounting(manager: EntityManager, linkId: string): Promise<void> {
    await manager.query(
      `INSERT INTO "survey_link_quota" ("link_id", "used")
       SELECT $1, count(*)::int FROM "response" WHERE "link_id" = $1
       ON CONFLICT ("link_id") DO NOTHING`,
      [linkId],
    );
  }
}
