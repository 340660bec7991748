import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Municipality } from './municipality.entity';

/**
 * SSB's population on 1 January of a year, by municipality (2024 borders) and single-year age;
 * age 105 means 105 or older. Mirrors migration 1764100000000-MunicipalityRegister.
 */
@Entity({ name: 'population' })
@Check('CHK_population_age', `"age" BETWEEN 0 AND 105`)
@Check('CHK_population_counts', `"men" >= 0 AND "women" >= 0`)
@Index('IDX_population_municipality_code', ['municipalityCode'])
export class Population {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_population' })
  year: number;

  @PrimaryColumn({ name: 'municipality_code', type: 'char', length: 4, primaryKeyConstraintName: 'PK_population' })
  municipalityCode: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_population' })
  age: number;

  @Column({ type: 'integer' })
  men: number;

  @Column({ type: 'integer' })
  women: number;

  @ManyToOne(() => Municipality, { nullable: false })
  @JoinColumn({ name: 'municipality_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_population_municipality' })
  municipality?: Relation<Municipality>;
}
