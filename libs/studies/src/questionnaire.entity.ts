import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Study } from './study.entity';

@Entity('questionnaire')
export class Questionnaire {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_questionnaire' })
  id: string;

  @Index('IDX_questionnaire_study_id')
  @Column({ name: 'study_id', type: 'uuid' })
  studyId: string;

  @ManyToOne(() => Study, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_id', foreignKeyConstraintName: 'FK_questionnaire_study' })
  study?: Relation<Study>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
