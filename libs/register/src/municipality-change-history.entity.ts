import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export type MunicipalityHistoryChangeKind = 'renumbered' | 'merged' | 'split';

/**
 * One step of a municipality code change from 2017 to 2024. new_code may itself have changed
 * later, so it has no foreign key. Mirrors migration 1764100000000-MunicipalityRegister.
 */
@Entity({ name: 'municipality_change_history' })
@Check('CHK_municipality_change_history_kind', `"change_kind" IN ('renumbered', 'merged', 'split')`)
export class MunicipalityChangeHistory {
  @PrimaryColumn({ name: 'old_code', type: 'char', length: 4, primaryKeyConstraintName: 'PK_municipality_change_history' })
  oldCode: string;

  /** The day the change took effect, as YYYY-MM-DD. */
  @PrimaryColumn({ name: 'change_date', type: 'date', primaryKeyConstraintName: 'PK_municipality_change_history' })
  changeDate: string;

  @PrimaryColumn({ name: 'new_code', type: 'char', length: 4, primaryKeyConstraintName: 'PK_municipality_change_history' })
  newCode: string;

  @Column({ name: 'old_name', type: 'text' })
  oldName: string;

  @Column({ name: 'new_name', type: 'text' })
  newName: string;

  @Column({ name: 'change_kind', type: 'text' })
  changeKind: MunicipalityHistoryChangeKind;

  /** FHI's crude share of a split (e.g. 0.50); not a population share. Null for other changes. */
  @Column({ name: 'fhi_share', type: 'numeric', precision: 3, scale: 2, nullable: true })
  fhiShare: string | null;
}
