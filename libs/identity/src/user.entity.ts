import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { UserRole } from './user-role';

/**
 * A survey designer, evaluator or admin at a competence centre. E-mail addresses are unique
 * whatever their case: the unique index on lower(email) lives in the migration, because TypeORM
 * cannot describe an index over an expression (synchronize: false keeps it out of comparisons).
 */
@Entity('app_user')
@Index('UQ_app_user_email', { synchronize: false })
@Check('CHK_app_user_role', "role IN ('admin', 'designer', 'evaluator')")
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_app_user' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: UserRole;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
