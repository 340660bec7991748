import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { Municipality } from '../../register/src/municipality.entity';
import type { Study } from '../../studies/src/study.entity';
import { User } from './user.entity';

/**
 * A grant: this user may work on this study. An evaluator may be limited to one municipality and
 * then sees only that municipality's results. FK_study_access_study is added by the studies
 * migration, which came later; the relation names its entity by string so that identity and
 * studies do not import each other at run time.
 */
@Entity('study_access')
@Unique('UQ_study_access_user_study', ['userId', 'studyId'])
@Index('IDX_study_access_study', ['studyId'])
export class StudyAccess {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_study_access' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_study_access_user' })
  user?: Relation<User>;

  @Column({ name: 'study_id', type: 'uuid' })
  studyId: string;

  @ManyToOne('Study', { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_id', foreignKeyConstraintName: 'FK_study_access_study' })
  study?: Relation<Study>;

  @Column({ name: 'municipality_code', type: 'char', length: 4, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => Municipality, { nullable: true })
  @JoinColumn({ name: 'municipality_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_study_access_municipality' })
  municipality?: Relation<Municipality>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
