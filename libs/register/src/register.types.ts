import type { AgeBand } from './age-bands';

export interface CountySummary {
  code: string;
  name: string;
  municipalityCount: number;
}

export interface MunicipalitySummary {
  code: string;
  name: string;
  samiName: string | null;
  countyCode: string;
  countyName: string;
}

/** People in one municipality and one age band on 1 January of a year. */
export interface PopulationInAgeBand {
  municipalityCode: string;
  band: AgeBand;
  men: number;
  women: number;
  total: number;
}
