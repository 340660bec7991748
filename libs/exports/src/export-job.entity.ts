import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../identity/src/user.entity';
import { Study } from '../../studies/src/study.entity';
import type { ExportKind, ExportOptions, ExportStatus } from './export-kinds';

/** One requested export and, once the worker has made it, its file (see the Exports migration). */
@Entity('export_job')
@Index('IDX_export_job_study_created', ['studyId', 'createdAt'])
@Index('IDX_export_job_status_expires', ['status', 'expiresAt'])
@Check('CHK_export_job_kind', `"kind" IN ('results_workbook', 'municipality_reports', 'raw_data', 'charts')`)
@Check('CHK_export_job_status', `"status" IN ('queued', 'running', 'done', 'failed', 'expired')`)
@Check('CHK_export_job_progress', `"progress" BETWEEN 0 AND 100`)
@Check('CHK_export_job_file', `("status" = 'done') = ("file_path" IS NOT NULL)`)
export class ExportJob {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_export_job' })
  id: string;

  @Column({ name: 'study_id', type: 'uuid' })
  studyId: string;

  @ManyToOne(() => Study, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_id', foreignKeyConstraintName: 'FK_export_job_study' })
  study?: Relation<Study>;

  @Column({ type: 'varchar', length: 32 })
  kind: ExportKind;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  options: ExportOptions;

  @Column({ type: 'varchar', length: 12, default: 'queued' })
  status: ExportStatus;

  /** Percent done, for the UI to poll. */
  @Column({ type: 'smallint', default: 0 })
  progress: number;

  /** What the worker is doing now, in a few words. */
  @Column({ type: 'varchar', length: 200, default: '' })
  stage: string;

  /** The name a download gets. */
  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName: string | null;

  /** Relative to the data directory; set exactly while the export is done. */
  @Column({ name: 'file_path', type: 'varchar', length: 500, nullable: true })
  filePath: string | null;

  @Column({ name: 'file_size', type: 'bigint', nullable: true })
  fileSize: string | null;

  @Column({ name: 'content_type', type: 'varchar', length: 100, nullable: true })
  contentType: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'FK_export_job_requested_by' })
  requester?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'error_message', type: 'varchar', length: 1000, nullable: true })
  errorMessage: string | null;
}
