import { poolMunicipalities } from './pool-municipalities';
import { PoolUnit } from './reporting-units';
import { SizeClass } from './size-classes';

const countyOf = new Map([
  ['0301', '03'],
  ['3201', '32'],
  ['3203', '32'],
  ['4601', '46'],
  ['4602', '46'],
  ['4611', '46'],
  ['4612', '46'],
  ['5001', '50'],
  ['5014', '50'],
  ['5020', '50'],
]);
const pools = (units: readonly { kind: string }[]): PoolUnit[] => units.filter((unit): unit is PoolUnit => unit.kind === 'pool');

describe('poolMunicipalities by county', () => {
  const responses = new Map([
    ['0301', 500],
    ['3201', 4],
    ['3203', 3],
    ['4601', 120],
    ['4602', 4],
    ['4611', 3],
    ['4612', 6],
    ['5001', 200],
    ['5014', 30],
    ['5020', 6],
  ]);
  const pooling = poolMunicipalities(responses, { countyOf });

  it('gives municipalities with at least 10 responses their own report', () => {
    expect(pooling.units.filter((unit) => unit.kind === 'municipality').map((unit) => unit.key)).toEqual(['0301', '4601', '5001']);
  });

  it('pools the smaller municipalities of a county', () => {
    expect(pools(pooling.units)[0]).toEqual({ kind: 'pool', key: 'county:46', by: 'county', countyCode: '46', municipalityCodes: ['4602', '4611', '4612'], responses: 13 });
  });

  it('adds the smallest own-report municipality of the county when the pool stays under the minimum', () => {
    // 5020 alone (6) would be the county figure minus 5001 and 5014, so 5014 joins it.
    expect(pools(pooling.units)[1]).toMatchObject({ key: 'county:50', municipalityCodes: ['5014', '5020'], responses: 36 });
  });

  it('withholds a county too small for any report, while its responses still count higher up', () => {
    expect(pooling.withheld).toEqual(['3201', '3203']);
    expect(pooling.unitOf.has('3201')).toBe(false);
  });

  it('maps every reported municipality to its unit, for rolling the cube up by unit', () => {
    expect(Object.fromEntries(pooling.unitOf)).toEqual({
      '0301': '0301',
      '4601': '4601',
      '4602': 'county:46',
      '4611': 'county:46',
      '4612': 'county:46',
      '5001': '5001',
      '5014': 'county:50',
      '5020': 'county:50',
    });
  });

  it('leaves out municipalities without responses', () => {
    const result = poolMunicipalities(new Map([['0301', 0], ['4601', 12]]), { countyOf });
    expect(result.units.map((unit) => unit.key)).toEqual(['4601']);
    expect(result.withheld).toEqual([]);
  });

  it('never uses a minimum below the threshold k', () => {
    // With a minimum of 3, 4602 (4) would be shown alone; k = 5 pools it, and 4611 joins.
    const result = poolMunicipalities(new Map([['4601', 30], ['4602', 4], ['4611', 6]]), { countyOf, minimum: 3, threshold: 5 });
    expect(result.units.map((unit) => unit.key)).toEqual(['4601', 'county:46']);
    expect(pools(result.units)[0].municipalityCodes).toEqual(['4602', '4611']);
  });

  it('explains the pooling in bokmål and English', () => {
    expect(pooling.footnote.nb).toContain('Kommuner med færre enn 10 svar er slått sammen med andre kommuner i samme fylke.');
    expect(pooling.footnote.en).toContain('All responses count in the county and national figures.');
  });

  it('refuses a municipality without a county', () => {
    expect(() => poolMunicipalities(new Map([['9999', 3]]), { countyOf })).toThrow(/9999 has no county/);
  });
});

describe('poolMunicipalities by size class', () => {
  const sizeClassOf = new Map<string, SizeClass>([
    ['0301', '100000_and_over'],
    ['3201', '20000_to_99999'],
    ['3203', 'under_5000'],
    ['4601', '20000_to_99999'],
    ['4602', 'under_5000'],
    ['4611', '5000_to_19999'],
    ['4612', 'under_5000'],
    ['5001', '20000_to_99999'],
    ['5014', '5000_to_19999'],
    ['5020', 'under_5000'],
  ]);
  const byClass = (responses: Array<[string, number]>) => poolMunicipalities(new Map(responses), { countyOf, by: 'size_class', sizeClassOf });

  it('pools municipalities of the same size class across counties', () => {
    const result = byClass([['4601', 50], ['4602', 6], ['4611', 7], ['5001', 80], ['5020', 5], ['5014', 4]]);
    expect(pools(result.units).map((pool) => [pool.key, pool.municipalityCodes, pool.responses, pool.label?.nb])).toEqual([
      ['size_class:5000_to_19999', ['4611', '5014'], 11, 'Kommuner med 5\u00a0000–19\u00a0999 innbyggere'],
      ['size_class:under_5000', ['4602', '5020'], 11, 'Kommuner med under 5\u00a0000 innbyggere'],
    ]);
  });

  it('merges a size class under the minimum with its smaller neighbour', () => {
    // under 5 000: 4602, 5020, 3203 = 15; 5 000–19 999: 4611, 5014 = 7; 20 000–99 999: 3201 = 8.
    const result = byClass([['4601', 50], ['5001', 40], ['4602', 6], ['5020', 6], ['3203', 3], ['4611', 3], ['5014', 4], ['3201', 8]]);
    expect(pools(result.units).map((pool) => [pool.key, pool.responses])).toEqual([
      ['size_class:5000_to_19999+20000_to_99999', 15],
      ['size_class:under_5000', 15],
    ]);
  });

  it("merges size classes when a county's share of a pool could be worked out from the county figures", () => {
    // Pools: under 5 000 = 4602 (county 46, 8) + 3203 (county 32, 6); 5 000–19 999 = 4611 (46, 2)
    // + 5014 (50, 9). County 32 and 50 each lie in one pool, so county 46's share of the second
    // pool (2) would follow: the two pools become one.
    const result = byClass([['4601', 50], ['4602', 8], ['4611', 2], ['3203', 6], ['5014', 9]]);
    expect(pools(result.units)).toEqual([
      expect.objectContaining({ key: 'size_class:under_5000+5000_to_19999', municipalityCodes: ['3203', '4602', '4611', '5014'], responses: 25 }),
    ]);
  });

  it("adds the county's smallest own-report municipality where the county's remainder would be under k", () => {
    const result = byClass([['4601', 40], ['4602', 8], ['5001', 12], ['5020', 2]]);
    // 5020 (2) would be county 50's remainder, so 5001 joins; then county 50's share of the
    // pool under 5 000 (2) would follow from the pool totals, so the two pools become one.
    expect(pools(result.units).map((pool) => [pool.key, pool.municipalityCodes, pool.label?.en])).toEqual([
      ['size_class:under_5000+20000_to_99999', ['4602', '5001', '5020'], 'Municipalities with fewer than 100,000 inhabitants'],
    ]);
  });

  it('adds the smallest own-report municipality when all pools together stay under the minimum', () => {
    const result = byClass([['4602', 6], ['4601', 15], ['5001', 30]]);
    expect(pools(result.units).map((pool) => [pool.municipalityCodes, pool.responses])).toEqual([[['4601', '4602'], 21]]);
    expect(result.units.filter((unit) => unit.kind === 'municipality').map((unit) => unit.key)).toEqual(['5001']);
  });

  it('needs the size class of every municipality', () => {
    expect(() => poolMunicipalities(new Map([['4602', 3]]), { countyOf, by: 'size_class' })).toThrow(/needs sizeClassOf/);
  });
});
