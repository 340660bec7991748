import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgeBand } from './age-bands';
import type { CodeChangeStep } from './municipality-code-resolution';
import type { CountySummary, MunicipalitySummary } from './register.types';

const MUNICIPALITY_COLUMNS = `
  m.code, m.name, m.sami_name AS "samiName", m.county_code AS "countyCode", c.name AS "countyName"
  FROM municipality m JOIN county c ON c.code = m.county_code`;

export interface PopulationInAgeBandRow {
  municipalityCode: string;
  /** Position of the band in the list given to the query, from 0. */
  bandIndex: number;
  men: number;
  women: number;
}

/** All SQL of the municipality register. */
@Injectable()
export class RegisterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listCounties(): Promise<CountySummary[]> {
    return this.dataSource.query(`
      SELECT c.code, c.name, count(m.code)::int AS "municipalityCount"
      FROM county c LEFT JOIN municipality m ON m.county_code = c.code
      GROUP BY c.code, c.name
      ORDER BY c.code`);
  }

  async countyExists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM county WHERE code = $1', [code]);
    return rows.length > 0;
  }

  /** Municipalities in code order, all of them or those of one county. */
  listMunicipalities(countyCode: string | null): Promise<MunicipalitySummary[]> {
    return this.dataSource.query(`SELECT ${MUNICIPALITY_COLUMNS} WHERE $1::text IS NULL OR m.county_code = $1 ORDER BY m.code`, [countyCode]);
  }

  async findMunicipality(code: string): Promise<MunicipalitySummary | null> {
    const rows: MunicipalitySummary[] = await this.dataSource.query(`SELECT ${MUNICIPALITY_COLUMNS} WHERE m.code = $1`, [code]);
    return rows[0] ?? null;
  }

  async currentMunicipalityCodes(): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query('SELECT code FROM municipality ORDER BY code');
    return rows.map((row) => row.code);
  }

  /** Every step from an old code to a newer one: the 2023 → 2024 table and the 2017–2024 history. */
  codeChangeSteps(): Promise<CodeChangeStep[]> {
    return this.dataSource.query(`
      SELECT old_code AS "oldCode", new_code AS "newCode" FROM municipality_code_change WHERE change_kind <> 'unchanged'
      UNION
      SELECT old_code, new_code FROM municipality_change_history
      ORDER BY 1, 2`);
  }

  /**
   * Population per municipality and age band on 1 January of a year: each single-year age row is
   * joined to the band that holds it and summed. Bands are passed as two parallel arrays; a null
   * max means "min and older".
   */
  populationInAgeBands(year: number, bands: readonly AgeBand[]): Promise<PopulationInAgeBandRow[]> {
    return this.dataSource.query(
      `
      SELECT p.municipality_code AS "municipalityCode",
             (b.position - 1)::int AS "bandIndex",
             sum(p.men)::int AS men,
             sum(p.women)::int AS women
      FROM population p
      JOIN unnest($2::smallint[], $3::smallint[]) WITH ORDINALITY AS b(min_age, max_age, position)
        ON p.age >= b.min_age AND (b.max_age IS NULL OR p.age <= b.max_age)
      WHERE p.year = $1
      GROUP BY p.municipality_code, b.position
      ORDER BY p.municipality_code, b.position`,
      [year, bands.map((band) => band.min), bands.map((band) => band.max)],
    );
  }

  async populationYears(): Promise<number[]> {
    const rows: { year: number }[] = await this.dataSource.query('SELECT DISTINCT year FROM population ORDER BY year');
    return rows.map((row) => row.year);
  }
}
