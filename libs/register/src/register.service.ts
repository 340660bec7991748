import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError } from '@stemme/platform';
import { AgeBand, ageBandProblems } from './age-bands';
import { buildCodeResolver, CodeResolution, CodeResolver } from './municipality-code-resolution';
import { RegisterRepository } from './register.repository';
import type { CountySummary, MunicipalitySummary, PopulationInAgeBand } from './register.types';

@Injectable()
export class RegisterService {
  /** Built on first use. The register changes only by a migration, which means a restart. */
  private resolver: Promise<CodeResolver> | null = null;

  constructor(private readonly repository: RegisterRepository) {}

  listCounties(): Promise<CountySummary[]> {
    return this.repository.listCounties();
  }

  /** All municipalities, or those of one county; a county code that does not exist is not found. */
  async listMunicipalities(countyCode?: string): Promise<MunicipalitySummary[]> {
    const municipalities = await this.repository.listMunicipalities(countyCode ?? null);
    if (countyCode !== undefined && municipalities.length === 0 && !(await this.repository.countyExists(countyCode))) {
      throw new NotFoundError(`There is no county with code ${countyCode}`);
    }
    return municipalities;
  }

  findMunicipality(code: string): Promise<MunicipalitySummary | null> {
    return this.repository.findMunicipality(code);
  }

  async getMunicipality(code: string): Promise<MunicipalitySummary> {
    const municipality = await this.repository.findMunicipality(code);
    if (!municipality) throw new NotFoundError(`There is no municipality with code ${code}`);
    return municipality;
  }

  /** What a municipality code given in a response means today: see CodeResolution. */
  async mapMunicipalityCode(given: string | number): Promise<CodeResolution> {
    const resolve = await this.codeResolver();
    return resolve(given);
  }

  /** The resolver itself, for mapping many codes without a round trip each. */
  codeResolver(): Promise<CodeResolver> {
    if (!this.resolver) {
      this.resolver = this.loadCodeResolver();
      this.resolver.catch(() => {
        this.resolver = null;
      });
    }
    return this.resolver;
  }

  /** People per municipality and age band on 1 January of a year, for response rates and synthetic data. */
  async populationInAgeBands(year: number, bands: readonly AgeBand[]): Promise<PopulationInAgeBand[]> {
    const problems = ageBandProblems(bands);
    if (problems.length) throw new BadInputError('Invalid age bands', problems);
    const rows = await this.repository.populationInAgeBands(year, bands);
    if (rows.length === 0) {
      const years = await this.repository.populationYears();
      throw new NotFoundError(`There are no population figures for ${year}; there are for ${years.join(', ')}`);
    }
    return rows.map((row) => ({
      municipalityCode: row.municipalityCode,
      band: { ...bands[row.bandIndex] },
      men: row.men,
      women: row.women,
      total: row.men + row.women,
    }));
  }

  private async loadCodeResolver(): Promise<CodeResolver> {
    const [currentCodes, steps] = await Promise.all([this.repository.currentMunicipalityCodes(), this.repository.codeChangeSteps()]);
    return buildCodeResolver({ currentCodes, steps });
  }
}
