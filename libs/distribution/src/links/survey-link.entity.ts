import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique, UpdateDateColumn } from 'typeorm';
import { User } from '../../../identity/src/user.entity';
import { Municipality } from '../../../register/src/municipality.entity';
import { QuestionnaireVersion } from '../../../studies/src/questionnaire-version.entity';
import { Study } from '../../../studies/src/study.entity';

export type LinkKind = 'study' | 'municipality';

/**
 * A way into one published questionnaire version: study-wide, or for one municipality (which it
 * then answers for the respondent). The token is the link's only secret and its only name.
 */
@Entity('survey_link')
@Unique('UQ_survey_link_token', ['token'])
@Index('IDX_survey_link_study', ['studyId'])
@Check('CHK_survey_link_kind', `"kind" IN ('study', 'municipality')`)
@Check('CHK_survey_link_municipality', `("kind" = 'municipality') = ("municipality_code" IS NOT NULL)`)
@Check('CHK_survey_link_period', `"closes_at" > "opens_at"`)
@Check('CHK_survey_link_cap', `"response_cap" IS NULL OR "response_cap" > 0`)
export class SurveyLink {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_survey_link' })
  id: string;

  @Column({ name: 'study_id', type: 'uuid' })
  studyId: string;

  @ManyToOne(() => Study, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_id', foreignKeyConstraintName: 'FK_survey_link_study' })
  study?: Relation<Study>;

  @Column({ name: 'questionnaire_version_id', type: 'uuid' })
  questionnaireVersionId: string;

  @ManyToOne(() => QuestionnaireVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'questionnaire_version_id', foreignKeyConstraintName: 'FK_survey_link_version' })
  questionnaireVersion?: Relation<QuestionnaireVersion>;

  /** 24 URL-safe characters, 144 random bits. */
  @Column({ type: 'varchar', length: 32 })
  token: string;

  @Column({ type: 'varchar', length: 12 })
  kind: LinkKind;

  @Column({ name: 'municipality_code', type: 'char', length: 4, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_survey_link_municipality' })
  municipality?: Relation<Municipality>;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  /** At most this many responses through the link; null for no limit. */
  @Column({ name: 'response_cap', type: 'integer', nullable: true })
  responseCap: number | null;

  @Column({ type: 'boolean', default: false })
  paused: boolean;

  /** Whether the form opens only with a single-use invitation code. */
  @Column({ name: 'invitation_only', type: 'boolean', default: false })
  invitationOnly: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_survey_link_created_by' })
  creator?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
