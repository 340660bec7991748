import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Answers, IsoDate, Language } from '@stemme/questionnaire';
import { DataSource } from 'typeorm';
import { pgPoolOf } from '../responses/pg-pool';
import { ResponseDraft } from './response-draft.entity';

export type NewDraft = Pick<ResponseDraft, 'linkId' | 'submissionId' | 'csrfToken' | 'language' | 'admitted' | 'expiresOn'>;

export interface DraftProgress {
  answers: Answers;
  pageId: string;
  language: Language;
  expiresOn: IsoDate;
}

/** All SQL about drafts: the forms being filled in. */
@Injectable()
export class DraftsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get drafts() {
    return this.dataSource.getRepository(ResponseDraft);
  }

  create(draft: NewDraft): Promise<ResponseDraft> {
    return this.drafts.save(this.drafts.create({ ...draft, answers: {}, pageId: null }));
  }

  findOfLink(id: string, linkId: string): Promise<ResponseDraft | null> {
    return this.drafts.findOneBy({ id, linkId });
  }

  findByResumeCode(linkId: string, resumeCodeHash: string): Promise<ResponseDraft | null> {
    return this.drafts.findOneBy({ linkId, resumeCodeHash, submitted: false });
  }

  async saveProgress(id: string, progress: DraftProgress): Promise<void> {
    await this.drafts.update({ id, submitted: false }, progress);
  }

  async setLanguage(id: string, language: Language): Promise<void> {
    await this.drafts.update({ id }, { language });
  }

  /** A new resume code replaces the old one: only the newest code works. */
  async saveWithResumeCode(id: string, progress: DraftProgress, resumeCodeHash: string): Promise<void> {
    await this.drafts.update({ id, submitted: false }, { ...progress, resumeCodeHash });
  }

  async admit(id: string): Promise<void> {
    await this.drafts.update({ id }, { admitted: true });
  }

  /**
   * Forgets the answers once they are stored as a response. The row only remembers "sent", so
   * that a double click shows the receipt, until the sweep after today.
   */
  async markSubmitted(id: string, today: IsoDate): Promise<void> {
    await this.dataSource.query(
      `UPDATE "response_draft" SET "submitted" = true, "answers" = '{}', "resume_code_hash" = NULL, "page_id" = NULL, "expires_on" = $2 WHERE "id" = $1`,
      [id, today],
    );
  }

  async delete(id: string): Promise<void> {
    await this.drafts.delete({ id });
  }

  /** Drafts whose last day is past (and what is left of sent ones): answers how many were deleted. */
  async deleteExpired(today: IsoDate): Promise<number> {
    const result = await pgPoolOf(this.dataSource).query(`DELETE FROM "response_draft" WHERE "expires_on" < $1`, [today]);
    return result.rowCount ?? 0;
  }
}
