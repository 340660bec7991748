import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { QuestionnaireVersion } from '../../studies/src/questionnaire-version.entity';

/** Respondents per questionnaire version, day, municipality and county: for monitoring data collection. */
@Entity('response_day_tally')
@Index('UQ_response_day_tally_day', { synchronize: false })
@Check('CHK_response_day_tally_n', `"n" > 0`)
export class ResponseDayTally {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_response_day_tally' })
  id: string;

  @Column({ name: 'questionnaire_version_id', type: 'uuid' })
  questionnaireVersionId: string;

  @ManyToOne(() => QuestionnaireVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_version_id', foreignKeyConstraintName: 'FK_response_day_tally_version' })
  questionnaireVersion?: Relation<QuestionnaireVersion>;

  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn: string;

  @Column({ name: 'municipality_code', type: 'char', length: 4, nullable: true })
  municipalityCode: string | null;

  @Column({ name: 'county_code', type: 'char', length: 2, nullable: true })
  countyCode: string | null;

  @Column({ type: 'integer' })
  n: number;
}
