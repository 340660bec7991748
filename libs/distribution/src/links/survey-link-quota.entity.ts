import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SurveyLink } from './survey-link.entity';

/**
 * The responses counted against a capped link's cap. Only capped links have a row, so that the
 * submissions of every other link never queue for one hot row.
 */
@Entity('survey_link_quota')
@Check('CHK_survey_link_quota_used', `"used" >= 0`)
export class SurveyLinkQuota {
  @PrimaryColumn({ name: 'link_id', type: 'uuid', primaryKeyConstraintName: 'PK_survey_link_quota' })
  linkId: string;

  @ManyToOne(() => SurveyLink, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'link_id', foreignKeyConstraintName: 'FK_survey_link_quota_link' })
  link?: Relation<SurveyLink>;

  @Column({ type: 'integer', default: 0 })
  used: number;
}
