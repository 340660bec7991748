import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique, UpdateDateColumn } from 'typeorm';
import type { QuestionnaireDefinition } from '@stemme/questionnaire';
import { User } from '../../identity/src/user.entity';
import { Questionnaire } from './questionnaire.entity';

export type VersionStatus = 'draft' | 'published';

/**
 * One version of a questionnaire. Responses always belong to a published version, whose
 * definition is frozen (the database refuses changes to it).
 */
@Entity('questionnaire_version')
@Unique('UQ_questionnaire_version_number', ['questionnaireId', 'versionNumber'])
@Check('CHK_questionnaire_version_status', `"status" IN ('draft', 'published')`)
@Check(
  'CHK_questionnaire_version_published',
  `("status" = 'published') = ("content_hash" IS NOT NULL AND "published_at" IS NOT NULL)`,
)
export class QuestionnaireVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_questionnaire_version' })
  id: string;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @ManyToOne(() => Questionnaire, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_id', foreignKeyConstraintName: 'FK_questionnaire_version_questionnaire' })
  questionnaire?: Relation<Questionnaire>;

  @Column({ name: 'version_number', type: 'integer' })
  versionNumber: number;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status: VersionStatus;

  /** Drafts may hold an unfinished (even invalid) definition; published ones are valid. */
  @Column({ type: 'jsonb' })
  definition: QuestionnaireDefinition;

  @Column({ name: 'content_hash', type: 'char', length: 64, nullable: true })
  contentHash: string | null;

  @Column({ name: 'based_on_version_id', type: 'uuid', nullable: true })
  basedOnVersionId: string | null;

  @ManyToOne(() => QuestionnaireVersion, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'based_on_version_id', foreignKeyConstraintName: 'FK_questionnaire_version_based_on' })
  basedOn?: Relation<QuestionnaireVersion>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_questionnaire_version_created_by' })
  creator?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
