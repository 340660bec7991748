import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InvitationBatch } from './invitation-batch.entity';

/**
 * One invitation code: its hash and whether it has been used, nothing else. No time, no draft, no
 * response: nothing here or there points from one to the other (see docs/PRIVACY.md).
 */
@Entity('invitation_code')
@Index('IDX_invitation_code_batch', ['batchId'])
export class InvitationCode {
  /** SHA-256 (hex) of the normalised code; the code itself is never stored. */
  @PrimaryColumn({ name: 'code_hash', type: 'char', length: 64, primaryKeyConstraintName: 'PK_invitation_code' })
  codeHash: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId: string;

  @ManyToOne(() => InvitationBatch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'FK_invitation_code_batch' })
  batch?: Relation<InvitationBatch>;

  @Column({ type: 'boolean', default: false })
  used: boolean;
}
