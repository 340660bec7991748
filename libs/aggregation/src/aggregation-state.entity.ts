import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Study } from '../../studies/src/study.entity';

/**
 * How far a study's responses are folded into the cube. Every response whose inserting
 * transaction id is below the watermark is counted, except those of `pendingTxids` (still running
 * at the last fold); see libs/aggregation/README.md.
 */
@Entity('aggregation_state')
export class AggregationState {
  @PrimaryColumn({ name: 'study_id', type: 'uuid', primaryKeyConstraintName: 'PK_aggregation_state' })
  studyId: string;

  @OneToOne(() => Study, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_id', foreignKeyConstraintName: 'FK_aggregation_state_study' })
  study?: Relation<Study>;

  @Column({ name: 'watermark_txid', type: 'bigint', default: 0 })
  watermarkTxid: string;

  @Column({ name: 'pending_txids', type: 'bigint', array: true, default: () => `'{}'` })
  pendingTxids: string[];

  @Column({ name: 'folded_count', type: 'bigint', default: 0 })
  foldedCount: string;

  /** When the last fold that counted new responses committed: they became visible then. */
  @Column({ name: 'folded_at', type: 'timestamptz', nullable: true })
  foldedAt: Date | null;

  /** When a fold last looked for new responses (whether or not it found any). */
  @Column({ name: 'checked_at', type: 'timestamptz', nullable: true })
  checkedAt: Date | null;

  @Column({ name: 'rebuilt_at', type: 'timestamptz', nullable: true })
  rebuiltAt: Date | null;
}
