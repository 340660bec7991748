import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { QuestionnaireVersion } from '../../studies/src/questionnaire-version.entity';

/**
 * Respondents who gave one value in one answer slot, per municipality, county and age band
 * (see the Aggregation migration). The unique index treats NULLs as equal, which TypeORM cannot
 * describe: it lives in the migration, and synchronize: false keeps it out of comparisons.
 */
@Entity('answer_tally')
@Index('UQ_answer_tally_cell', { synchronize: false })
@Check('CHK_answer_tally_n', `"n" > 0`)
export class AnswerTally {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_answer_tally' })
  id: string;

  @Column({ name: 'questionnaire_version_id', type: 'uuid' })
  questionnaireVersionId: string;

  @ManyToOne(() => QuestionnaireVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_version_id', foreignKeyConstraintName: 'FK_answer_tally_version' })
  questionnaireVersion?: Relation<QuestionnaireVersion>;

  /** Position in `response.answers`, from 0 (the layout's slot index). */
  @Column({ type: 'smallint' })
  slot: number;

  /** The stored answer: a code, 1/0 for a multiple-choice option, a number (decimals × 100). */
  @Column({ type: 'integer' })
  value: number;

  /** Null for a response under a code that split, or an unknown place. */
  @Column({ name: 'municipality_code', type: 'char', length: 4, nullable: true })
  municipalityCode: string | null;

  @Column({ name: 'county_code', type: 'char', length: 2, nullable: true })
  countyCode: string | null;

  @Column({ name: 'age_band', type: 'smallint', nullable: true })
  ageBand: number | null;

  @Column({ type: 'integer' })
  n: number;
}
