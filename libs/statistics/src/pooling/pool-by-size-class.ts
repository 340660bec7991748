import { determinedUnknowns } from '../disclosure/linear-audit';
import { SumEquation } from '../disclosure/linked-table';
import { PooledMunicipalities } from './pool-by-county';
import { byResponsesThenCode, compareCodes, MunicipalityResponses, PoolUnit, totalResponses } from './reporting-units';
import { SIZE_CLASSES, SizeClass, sizeClassesLabel } from './size-classes';

interface Pool {
  members: MunicipalityResponses[];
}

/**
 * Pools the municipalities under the minimum by population size class, across counties.
 *
 * County figures are shown, so what a county has left after its own-report municipalities can
 * be worked out; it must be 0 or at least k, or the county's smallest own-report municipalities
 * join the pools until it is (a county below k in all is withheld). Then:
 * - a pool under the minimum merges with its neighbouring size class (the smaller neighbour);
 * - pools and county remainders together must not reveal any county's part of a pool under k
 *   (checked exactly, as for tables); while one would, that pool merges with a neighbour;
 * - a single pool still under the minimum takes in the smallest own-report municipalities.
 */
export function poolBySizeClass(
  municipalities: readonly MunicipalityResponses[],
  sizeClassOf: (municipalityCode: string) => SizeClass,
  minimum: number,
  threshold: number,
): PooledMunicipalities {
  const own: MunicipalityResponses[] = [];
  const pooled: MunicipalityResponses[] = [];
  const withheld: MunicipalityResponses[] = [];
  for (const countyCode of [...new Set(municipalities.map((municipality) => municipality.countyCode))].sort(compareCodes)) {
    const members = municipalities.filter((municipality) => municipality.countyCode === countyCode);
    const countyOwn = members.filter((municipality) => municipality.responses >= minimum).sort(byResponsesThenCode);
    const countyPooled = members.filter((municipality) => municipality.responses < minimum);
    while (countyPooled.length > 0 && totalResponses(countyPooled) < threshold && countyOwn.length > 0) countyPooled.push(countyOwn.shift() as MunicipalityResponses);
    own.push(...countyOwn);
    (totalResponses(countyPooled) < threshold ? withheld : pooled).push(...countyPooled);
  }

  const classIndex = (municipality: MunicipalityResponses): number => SIZE_CLASSES.indexOf(sizeClassOf(municipality.municipalityCode));
  const pools: Pool[] = SIZE_CLASSES.map((_, index) => ({ members: pooled.filter((municipality) => classIndex(municipality) === index) })).filter(
    (pool) => pool.members.length > 0,
  );
  let undersized: number;
  while (pools.length > 1 && (undersized = pools.findIndex((pool) => totalResponses(pool.members) < minimum)) >= 0) mergeWithNeighbour(pools, undersized);
  let exposed: number;
  while ((exposed = poolWithExposedCountyPart(pools, threshold)) >= 0) {
    if (pools.length === 1) throw new Error('A single pool cannot expose a county part: county remainders were checked first');
    mergeWithNeighbour(pools, exposed);
  }
  if (pools.length === 1) {
    own.sort(byResponsesThenCode);
    while (totalResponses(pools[0].members) < minimum && own.length > 0) pools[0].members.push(own.shift() as MunicipalityResponses);
    if (totalResponses(pools[0].members) < minimum) withheld.push(...(pools.pop() as Pool).members);
  }
  return { own, pools: pools.map((pool) => toPoolUnit(pool, sizeClassOf)), withheld };
}

function mergeWithNeighbour(pools: Pool[], index: number): void {
  const lower = pools[index - 1];
  const upper = pools[index + 1];
  const intoUpper = upper !== undefined && (lower === undefined || totalResponses(upper.members) <= totalResponses(lower.members));
  const other = intoUpper ? index + 1 : index - 1;
  pools[Math.min(index, other)] = { members: [...pools[Math.min(index, other)].members, ...pools[Math.max(index, other)].members] };
  pools.splice(Math.max(index, other), 1);
}

/**
 * The first pool with a county part under k that the pool totals and county remainders fix,
 * or −1. Every part is above 0, so "fixed by the sums" is exactly "recoverable".
 */
function poolWithExposedCountyPart(pools: readonly Pool[], threshold: number): number {
  const counties = [...new Set(pools.flatMap((pool) => pool.members.map((municipality) => municipality.countyCode)))].sort(compareCodes);
  const parts: Array<{ pool: number; county: number; responses: number }> = [];
  pools.forEach((pool, poolIndex) =>
    counties.forEach((countyCode, county) => {
      const responses = totalResponses(pool.members.filter((municipality) => municipality.countyCode === countyCode));
      if (responses > 0) parts.push({ pool: poolIndex, county, responses });
    }),
  );
  const poolTotalId = (pool: number): number => parts.length + pool;
  const countyRemainderId = (county: number): number => parts.length + pools.length + county;
  const partIds = (predicate: (part: (typeof parts)[number]) => boolean): number[] => parts.flatMap((part, id) => (predicate(part) ? [id] : []));
  const equations: SumEquation[] = [
    ...pools.map((_, pool) => ({ total: poolTotalId(pool), parts: partIds((part) => part.pool === pool) })),
    ...counties.map((_, county) => ({ total: countyRemainderId(county), parts: partIds((part) => part.county === county) })),
  ];
  const exposed = determinedUnknowns(equations, (id) => id < parts.length).find((id) => parts[id].responses < threshold);
  return exposed === undefined ? -1 : parts[exposed].pool;
}

function toPoolUnit(pool: Pool, sizeClassOf: (municipalityCode: string) => SizeClass): PoolUnit {
  const sizeClasses = SIZE_CLASSES.filter((sizeClass) => pool.members.some((municipality) => sizeClassOf(municipality.municipalityCode) === sizeClass));
  return {
    kind: 'pool',
    key: `size_class:${sizeClasses.join('+')}`,
    by: 'size_class',
    sizeClasses,
    municipalityCodes: pool.members.map((municipality) => municipality.municipalityCode).sort(compareCodes),
    responses: totalResponses(pool.members),
    label: sizeClassesLabel(sizeClasses),
  };
}
