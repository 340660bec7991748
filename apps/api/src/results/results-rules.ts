import type { Breakdown } from '@stemme/aggregation';
import { BadInputError, ForbiddenError } from '@stemme/platform';

export interface ResultFilters {
  county?: string;
  municipality?: string;
  ageBand?: number;
}

/** Which filters narrow which breakdowns: a filter must name a dimension the breakdown lists. */
const FILTERS_OF: Record<Breakdown, readonly (keyof ResultFilters)[]> = {
  national: [],
  age_band: ['ageBand'],
  county: ['county'],
  county_age_band: ['county', 'ageBand'],
  municipality: ['county', 'municipality'],
  municipality_age_band: ['county', 'municipality', 'ageBand'],
};

export function assertFiltersFit(breakdown: Breakdown, filters: ResultFilters): void {
  for (const name of ['county', 'municipality', 'ageBand'] as const) {
    if (filters[name] !== undefined && !FILTERS_OF[breakdown].includes(name)) {
      throw new BadInputError(`The filter ${name} does not apply to the breakdown ${breakdown}`, [
        { path: name, message: `use it with ${(Object.keys(FILTERS_OF) as Breakdown[]).filter((other) => FILTERS_OF[other].includes(name)).join(', ')}` },
      ]);
    }
  }
}

/**
 * What an evaluator limited to one municipality may read: that municipality, its county and the
 * nation (also by age band), nothing else. Breakdowns that would list other counties or
 * municipalities must be filtered down to theirs; any other filter is refused.
 */
export function assertWithinScope(scope: { municipalityCode: string; countyCode: string } | null, breakdown: Breakdown, filters: ResultFilters): void {
  if (!scope) return;
  const refuse = (why: string): never => {
    throw new ForbiddenError(`You may read results for municipality ${scope.municipalityCode}, its county and the whole country only: ${why}`);
  };
  if (filters.county !== undefined && filters.county !== scope.countyCode) refuse(`county ${filters.county} is another county`);
  if (filters.municipality !== undefined && filters.municipality !== scope.municipalityCode) refuse(`municipality ${filters.municipality} is another municipality`);
  if ((breakdown === 'county' || breakdown === 'county_age_band') && filters.county === undefined) refuse('add county=' + scope.countyCode);
  if ((breakdown === 'municipality' || breakdown === 'municipality_age_band') && filters.municipality === undefined) refuse('add municipality=' + scope.municipalityCode);
}
