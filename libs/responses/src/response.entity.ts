import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { SurveyLink } from '../../distribution/src/links/survey-link.entity';
import { County } from '../../register/src/county.entity';
import { Municipality } from '../../register/src/municipality.entity';
import { QuestionnaireVersion } from '../../studies/src/questionnaire-version.entity';
import { Study } from '../../studies/src/study.entity';

/** A submitted response (see the Responses migration for what is, and is not, stored). */
@Entity('response')
@Unique('UQ_response_submission', ['submissionId'])
@Index('IDX_response_version_txid', ['questionnaireVersionId', 'createdTxid'])
@Index('IDX_response_study_submitted_on', ['studyId', 'submittedOn'])
@Check('CHK_response_age_band', `"age_band" >= 0`)
export class Response {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_response' })
  id: string;

  @Column({ name: 'study_id', type: 'uuid' })
  studyId: string;

  @ManyToOne(() => Study, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_id', foreignKeyConstraintName: 'FK_response_study' })
  study?: Relation<Study>;

  @Column({ name: 'questionnaire_version_id', type: 'uuid' })
  questionnaireVersionId: string;

  @ManyToOne(() => QuestionnaireVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'questionnaire_version_id', foreignKeyConstraintName: 'FK_response_version' })
  questionnaireVersion?: Relation<QuestionnaireVersion>;

  /** Chosen by the form when it starts; makes a repeated submission store one response. */
  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @Column({ name: 'link_id', type: 'uuid', nullable: true })
  linkId: string | null;

  @ManyToOne(() => SurveyLink)
  @JoinColumn({ name: 'link_id', foreignKeyConstraintName: 'FK_response_link' })
  link?: Relation<SurveyLink>;

  @Column({ name: 'municipality_code', type: 'char', length: 4, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_response_municipality' })
  municipality?: Relation<Municipality>;

  /** The code as answered when it was an older one; municipalityCode is then the current code, or null for a code that split. */
  @Column({ name: 'municipality_code_given', type: 'char', length: 4, nullable: true })
  municipalityCodeGiven: string | null;

  @Column({ name: 'county_code', type: 'char', length: 2, nullable: true })
  countyCode: string | null;

  @ManyToOne(() => County)
  @JoinColumn({ name: 'county_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_response_county' })
  county?: Relation<County>;

  /** Index into the study's age bands at submission. */
  @Column({ name: 'age_band', type: 'smallint', nullable: true })
  ageBand: number | null;

  /** The date only: no time of day is ever stored. */
  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn: string;

  @Column({ type: 'integer', array: true })
  answers: (number | null)[];

  @Column({ type: 'jsonb', nullable: true })
  texts: Record<string, string> | null;

  /**
   * Id of the inserting transaction. Aggregation folds only rows older than every transaction
   * still running, so a response committed late is never skipped.
   */
  @Column({ name: 'created_txid', type: 'bigint', default: () => 'current_txid()' })
  createdTxid: string;
}
