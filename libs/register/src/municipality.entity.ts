import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { County } from './county.entity';

/** A municipality (kommune) valid from 2024. Mirrors migration 1764100000000-MunicipalityRegister. */
@Entity({ name: 'municipality' })
@Check('CHK_municipality_code', `"code" ~ '^[0-9]{4}$' AND left("code", 2) = "county_code"`)
@Index('IDX_municipality_county_code', ['countyCode'])
export class Municipality {
  @PrimaryColumn({ type: 'char', length: 4, primaryKeyConstraintName: 'PK_municipality' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** The Sami or Kven parallel names, joined with " - ", where the municipality has any. */
  @Column({ name: 'sami_name', type: 'text', nullable: true })
  samiName: string | null;

  @Column({ name: 'county_code', type: 'char', length: 2 })
  countyCode: string;

  @ManyToOne(() => County, { nullable: false })
  @JoinColumn({ name: 'county_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_municipality_county' })
  county?: Relation<County>;
}
