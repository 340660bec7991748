import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { QuestionnaireVersion } from '../../studies/src/questionnaire-version.entity';

/** Respondents per questionnaire version, municipality, county and age band: the size of every group. */
@Entity('response_tally')
@Index('UQ_response_tally_group', { synchronize: false })
@Check('CHK_response_tally_n', `"n" > 0`)
export class ResponseTally {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_response_tally' })
  id: string;

  @Column({ name: 'questionnaire_version_id', type: 'uuid' })
  questionnaireVersionId: string;

  @ManyToOne(() => QuestionnaireVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'questionnaire_version_id', foreignKeyConstraintName: 'FK_response_tally_version' })
  questionnaireVersion?: Relation<QuestionnaireVersion>;

  @Column({ name: 'municipality_code', type: 'char', length: 4, nullable: true })
  municipalityCode: string | null;

  @Column({ name: 'county_code', type: 'char', length: 2, nullable: true })
  countyCode: string | null;

  @Column({ name: 'age_band', type: 'smallint', nullable: true })
  ageBand: number | null;

  @Column({ type: 'integer' })
  n: number;
}
