import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../identity/src/user.entity';
import { ExportJob } from './export-job.entity';

/** One download of an export: who and when (staff, not respondents). */
@Entity('export_download')
@Index('IDX_export_download_export', ['exportId'])
export class ExportDownload {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_export_download' })
  id: string;

  @Column({ name: 'export_id', type: 'uuid' })
  exportId: string;

  @ManyToOne(() => ExportJob, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'export_id', foreignKeyConstraintName: 'FK_export_download_export' })
  exportJob?: Relation<ExportJob>;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_export_download_user' })
  user?: Relation<User>;

  @Column({ name: 'downloaded_at', type: 'timestamptz', default: () => 'now()' })
  downloadedAt: Date;
}
