import { byResponsesThenCode, compareCodes, MunicipalityResponses, PoolUnit, totalResponses } from './reporting-units';

export interface PooledMunicipalities {
  readonly own: MunicipalityResponses[];
  readonly pools: PoolUnit[];
  readonly withheld: MunicipalityResponses[];
}

/**
 * Pools the municipalities under the minimum within their county. County figures are shown, so
 * a county's pool is also what is left of the county after its own-report municipalities: it
 * must reach the minimum, or the smallest own-report municipalities of the county join it until
 * it does. A county too small for any unit is withheld whole.
 */
export function poolByCounty(municipalities: readonly MunicipalityResponses[], minimum: number): PooledMunicipalities {
  const counties = [...new Set(municipalities.map((municipality) => municipality.countyCode))].sort(compareCodes);
  const result: PooledMunicipalities = { own: [], pools: [], withheld: [] };
  for (const countyCode of counties) {
    const members = municipalities.filter((municipality) => municipality.countyCode === countyCode);
    const own = members.filter((municipality) => municipality.responses >= minimum).sort(byResponsesThenCode);
    const pooled = members.filter((municipality) => municipality.responses < minimum);
    while (pooled.length > 0 && totalResponses(pooled) < minimum && own.length > 0) pooled.push(own.shift() as MunicipalityResponses);
    result.own.push(...own);
    if (pooled.length === 0) continue;
    if (totalResponses(pooled) < minimum) {
      result.withheld.push(...pooled);
      continue;
    }
    result.pools.push({
      kind: 'pool',
      key: `county:${countyCode}`,
      by: 'county',
      countyCode,
      municipalityCodes: pooled.map((municipality) => municipality.municipalityCode).sort(compareCodes),
      responses: totalResponses(pooled),
    });
  }
  return result;
}
