import { ProtectedTable } from '../disclosure/count-table';
import { PublishedValue } from '../disclosure/published-value';
import { attackPublishedTable } from '../testing/attacker';
import { SeededRandom } from '../testing/seeded-random';
import { poolMunicipalities } from './pool-municipalities';
import { MunicipalityPooling } from './reporting-units';
import { SIZE_CLASSES, SizeClass } from './size-classes';

interface Country {
  responses: Map<string, number>;
  countyOf: Map<string, string>;
  sizeClassOf: Map<string, SizeClass>;
}

function randomCountry(random: SeededRandom): Country {
  const country: Country = { responses: new Map(), countyOf: new Map(), sizeClassOf: new Map() };
  const counties = random.integer(1, 6);
  for (let index = 0; index < random.integer(3, 40); index += 1) {
    const code = String(1000 + index);
    country.countyOf.set(code, `c${random.integer(1, counties)}`);
    country.sizeClassOf.set(code, random.pick(SIZE_CLASSES));
    country.responses.set(code, random.chance(0.1) ? 0 : random.chance(0.6) ? random.integer(1, 9) : random.integer(10, 80));
  }
  return country;
}

/**
 * What a reader sees about pools, as a table of pools × counties: each pool's total, and each
 * county's total minus its own-report municipalities. Which county a pool member lies in is
 * public, so cells with no member are known zeros; the rest are unknown `shares`.
 */
function poolsByCounty(pooling: MunicipalityPooling, country: Country): { table: ProtectedTable; shares: number[][] } {
  const counties = [...new Set(country.countyOf.values())].sort();
  const pools = pooling.units.flatMap((unit) => (unit.kind === 'pool' ? [unit] : []));
  const share = (codes: readonly string[], county: string): number =>
    codes.filter((code) => country.countyOf.get(code) === county).reduce((sum, code) => sum + (country.responses.get(code) ?? 0), 0);
  const shares = pools.map((pool) => counties.map((county) => share(pool.municipalityCodes, county)));
  const ownIn = (county: string): number =>
    share(pooling.units.flatMap((unit) => (unit.kind === 'municipality' ? [unit.key] : [])), county);
  const withheldIn = (county: string): number => share(pooling.withheld, county);
  const hidden: PublishedValue = { suppressed: true, reason: 'below_threshold' };
  const table: ProtectedTable = {
    rowKeys: pools.map((pool) => pool.key),
    columnKeys: counties,
    cells: shares.map((row) => row.map((value) => (value > 0 ? hidden : { value: 0 }))),
    rowTotals: pools.map((pool) => ({ value: pool.responses })),
    // Withheld municipalities are in no pool: a county of only those has nothing left over.
    columnTotals: counties.map((county) => ({ value: share([...country.responses.keys()], county) - ownIn(county) - withheldIn(county) })),
    grandTotal: null,
    rowGroups: [],
  };
  return { table, shares };
}

describe('poolMunicipalities on 300 random countries', () => {
  const random = new SeededRandom(77);
  const cases = Array.from({ length: 300 }, () => {
    const country = randomCountry(random);
    const threshold = random.pick([3, 5]);
    const by = random.pick(['county', 'size_class'] as const);
    return { country, threshold, pooling: poolMunicipalities(country.responses, { ...country, threshold, by, minimum: 10 }) };
  });

  it('reports every responding municipality exactly once or withholds it', () => {
    for (const { country, pooling } of cases) {
      const reported = pooling.units.flatMap((unit) => (unit.kind === 'municipality' ? [unit.key] : unit.municipalityCodes));
      const responding = [...country.responses].filter(([, responses]) => responses > 0).map(([code]) => code);
      expect([...reported, ...pooling.withheld].sort()).toEqual(responding.sort());
    }
  });

  it('shows no unit under the minimum', () => {
    for (const { pooling } of cases) for (const unit of pooling.units) expect(unit.responses).toBeGreaterThanOrEqual(10);
  });

  it("never lets a county's share of a pool under k be worked out from the pool and county totals", () => {
    for (const { country, threshold, pooling } of cases) {
      const { table, shares } = poolsByCounty(pooling, country);
      const exposed = attackPublishedTable(table).filter((entry) => {
        const [row, column] = entry.name.replace('cell ', '').split(',').map(Number);
        return entry.recovered && shares[row][column] < threshold;
      });
      expect(exposed).toEqual([]);
    }
  });
});
