import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A county (fylke) valid from 2024. Mirrors migration 1764100000000-MunicipalityRegister. */
@Entity({ name: 'county' })
@Check('CHK_county_code', `"code" ~ '^[0-9]{2}$'`)
export class County {
  @PrimaryColumn({ type: 'char', length: 2, primaryKeyConstraintName: 'PK_county' })
  code: string;

  @Column({ type: 'text' })
  name: string;
}
