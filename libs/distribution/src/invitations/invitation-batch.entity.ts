import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../../identity/src/user.entity';
import { SurveyLink } from '../links/survey-link.entity';

/** Single-use invitation codes made together, e.g. 500 printed on paper for one link. */
@Entity('invitation_batch')
@Index('IDX_invitation_batch_link', ['linkId'])
@Check('CHK_invitation_batch_code_count', `"code_count" > 0`)
export class InvitationBatch {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_invitation_batch' })
  id: string;

  @Column({ name: 'link_id', type: 'uuid' })
  linkId: string;

  @ManyToOne(() => SurveyLink, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'link_id', foreignKeyConstraintName: 'FK_invitation_batch_link' })
  link?: Relation<SurveyLink>;

  @Column({ type: 'varchar', length: 200, default: '' })
  label: string;

  @Column({ name: 'code_count', type: 'integer' })
  codeCount: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_invitation_batch_created_by' })
  creator?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
