import type { Answers, Language } from '@stemme/questionnaire';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { SurveyLink } from '../links/survey-link.entity';

/**
 * A form being filled in: the answers so far, kept so that the respondent can go back and forth
 * and continue later. Dates only, never a time of day; deleted when it expires.
 */
@Entity('response_draft')
@Unique('UQ_response_draft_submission', ['submissionId'])
@Unique('UQ_response_draft_resume_code', ['resumeCodeHash'])
@Index('IDX_response_draft_expires_on', ['expiresOn'])
@Check('CHK_response_draft_language', `"language" IN ('nb', 'nn', 'en')`)
export class ResponseDraft {
  /** Held by the respondent's browser in a session cookie, and nowhere else. */
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_response_draft' })
  id: string;

  @Column({ name: 'link_id', type: 'uuid' })
  linkId: string;

  @ManyToOne(() => SurveyLink, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'link_id', foreignKeyConstraintName: 'FK_response_draft_link' })
  link?: Relation<SurveyLink>;

  /** Chosen when the form starts; the response is stored under it, once. */
  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  /** Sent back in a hidden field with every post of this form. */
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ name: 'page_id', type: 'varchar', length: 63, nullable: true })
  pageId: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  answers: Answers;

  /** False until an invitation code has let the respondent in (invitation-only links). */
  @Column({ type: 'boolean' })
  admitted: boolean;

  /** Sent: the answers are gone; kept briefly so that a double click shows the same receipt. */
  @Column({ type: 'boolean', default: false })
  submitted: boolean;

  @Column({ name: 'resume_code_hash', type: 'char', length: 64, nullable: true })
  resumeCodeHash: string | null;

  /** The last day the draft is kept. */
  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;
}
