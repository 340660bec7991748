import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Municipality } from './municipality.entity';

export type MunicipalityCodeChangeKind = 'unchanged' | 'renumbered' | 'split';

/**
 * How a code of 2020–2023 became a code of 2024: one row per pair, so a split has a row per
 * part. Mirrors migration 1764100000000-MunicipalityRegister.
 */
@Entity({ name: 'municipality_code_change' })
@Check('CHK_municipality_code_change_kind', `"change_kind" IN ('unchanged', 'renumbered', 'split')`)
@Index('IDX_municipality_code_change_new_code', ['newCode'])
export class MunicipalityCodeChange {
  @PrimaryColumn({ name: 'old_code', type: 'char', length: 4, primaryKeyConstraintName: 'PK_municipality_code_change' })
  oldCode: string;

  @PrimaryColumn({ name: 'new_code', type: 'char', length: 4, primaryKeyConstraintName: 'PK_municipality_code_change' })
  newCode: string;

  @Column({ name: 'old_name', type: 'text' })
  oldName: string;

  @Column({ name: 'change_kind', type: 'text' })
  changeKind: MunicipalityCodeChangeKind;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({ name: 'new_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_municipality_code_change_municipality' })
  newMunicipality?: Relation<Municipality>;
}
