import { AgeBand, CodeResolution, MunicipalitySummary, RegisterService } from '@stemme/register';
import { DataSource } from 'typeorm';
import { createTestApp, TestContext } from '../support/test-app';

// Figures published by SSB, recorded in migrations/seed/register/SOURCES.md: checked here against
// what the migration loaded, not against the loaded data itself.
const NATIONAL_POPULATION_2024 = 5_550_203;
const OSLO_POPULATION_2024 = 717_710;
const BERGEN_POPULATION_2024 = 291_940;
const AGED_18_TO_23_IN_2025 = 398_678;

describe('the municipality register', () => {
  let ctx: TestContext;
  let register: RegisterService;
  let dataSource: DataSource;

  beforeAll(async () => {
    ctx = await createTestApp();
    register = ctx.app.get(RegisterService);
    dataSource = ctx.app.get(DataSource);
  });
  afterAll(async () => {
    await ctx.close();
  });

  describe('GET /api/counties', () => {
    it('lists the 15 counties of 2024 in code order, each with its municipalities counted', async () => {
      const response = await ctx.http().get('/api/counties').expect(200);
      expect(response.body).toHaveLength(15);
      expect(response.body.map((county: { code: string }) => county.code)).toEqual([
        '03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56',
      ]);
      expect(response.body[0]).toEqual({ code: '03', name: 'Oslo', municipalityCount: 1 });
      expect(response.body.find((county: { code: string }) => county.code === '46')).toEqual({ code: '46', name: 'Vestland', municipalityCount: 43 });
    });

    it('gives every county at least one municipality, and 357 in all', async () => {
      const response = await ctx.http().get('/api/counties').expect(200);
      const counts: number[] = response.body.map((county: { municipalityCount: number }) => county.municipalityCount);
      expect(Math.min(...counts)).toBeGreaterThan(0);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(357);
    });
  });

  describe('GET /api/municipalities', () => {
    it('lists the 357 municipalities of 2024, each in one of the counties', async () => {
      const [municipalities, counties] = await Promise.all([
        ctx.http().get('/api/municipalities').expect(200),
        ctx.http().get('/api/counties').expect(200),
      ]);
      expect(municipalities.body).toHaveLength(357);
      expect(new Set(municipalities.body.map((m: MunicipalitySummary) => m.code)).size).toBe(357);
      const countyCodes = new Set(counties.body.map((county: { code: string }) => county.code));
      for (const municipality of municipalities.body as MunicipalitySummary[]) {
        expect(countyCodes.has(municipality.countyCode)).toBe(true);
        expect(municipality.code.startsWith(municipality.countyCode)).toBe(true);
      }
    });

    it('places Oslo, Bergen and Trondheim in their counties, with names and Sami names', async () => {
      const response = await ctx.http().get('/api/municipalities').expect(200);
      const byCode = new Map((response.body as MunicipalitySummary[]).map((m) => [m.code, m]));
      expect(byCode.get('0301')).toEqual({ code: '0301', name: 'Oslo', samiName: null, countyCode: '03', countyName: 'Oslo' });
      expect(byCode.get('4601')).toEqual({ code: '4601', name: 'Bergen', samiName: null, countyCode: '46', countyName: 'Vestland' });
      expect(byCode.get('5001')).toEqual({ code: '5001', name: 'Trondheim', samiName: 'Tråante', countyCode: '50', countyName: 'Trøndelag' });
    });

    it('filters by county', async () => {
      const response = await ctx.http().get('/api/municipalities?county=50').expect(200);
      expect(response.body).toHaveLength(38);
      expect(response.body.every((m: MunicipalitySummary) => m.countyCode === '50')).toBe(true);
    });

    it('refuses a malformed county filter with 400 in the one error shape', async () => {
      const response = await ctx.http().get('/api/municipalities?county=5').expect(400);
      expect(response.body).toEqual({
        status: 400,
        message: 'Invalid request',
        details: [{ path: 'county', message: expect.stringContaining('two digits') }],
      });
    });

    it('refuses a county filter given twice and an unknown query parameter', async () => {
      await ctx.http().get('/api/municipalities?county=03&county=46').expect(400);
      const response = await ctx.http().get('/api/municipalities?fylke=03').expect(400);
      expect(response.body.details).toEqual([{ path: 'fylke', message: expect.any(String) }]);
    });

    it('answers 404 for a county code that looks right but does not exist', async () => {
      const response = await ctx.http().get('/api/municipalities?county=30').expect(404);
      expect(response.body).toEqual({ status: 404, message: 'There is no county with code 30', details: [] });
    });
  });

  describe('GET /api/municipalities/:code', () => {
    it('returns one municipality', async () => {
      const response = await ctx.http().get('/api/municipalities/1580').expect(200);
      expect(response.body).toEqual({ code: '1580', name: 'Haram', samiName: null, countyCode: '15', countyName: 'Møre og Romsdal' });
    });

    it('answers 404 for a code that is no longer valid', async () => {
      const response = await ctx.http().get('/api/municipalities/3001').expect(404);
      expect(response.body).toEqual({ status: 404, message: 'There is no municipality with code 3001', details: [] });
    });

    it('answers 400 for a code that is not four digits', async () => {
      const response = await ctx.http().get('/api/municipalities/301').expect(400);
      expect(response.body.details).toEqual([{ path: 'code', message: expect.stringContaining('four digits') }]);
    });
  });

  it('describes the register endpoints and their response types in the OpenAPI document', async () => {
    const response = await ctx.http().get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/counties', '/api/municipalities', '/api/municipalities/{code}']));
    expect(Object.keys(response.body.components.schemas)).toEqual(expect.arrayContaining(['CountyResponseDto', 'MunicipalityResponseDto']));
  });

  it('finds a municipality valid now by its code, and nothing for an old code', async () => {
    await expect(register.findMunicipality('5001')).resolves.toMatchObject({ code: '5001', name: 'Trondheim', countyCode: '50' });
    await expect(register.findMunicipality('1507')).resolves.toBeNull();
  });

  describe('mapping a municipality code to the current one', () => {
    it('maps every one of the 356 codes of 2020–2023 to the code the 2023 → 2024 table gives', async () => {
      const rows: { old_code: string; new_codes: string[] }[] = await dataSource.query(
        'SELECT old_code, array_agg(new_code ORDER BY new_code) AS new_codes FROM municipality_code_change GROUP BY old_code',
      );
      expect(rows).toHaveLength(356);
      const resolve = await register.codeResolver();
      const kinds: Record<string, number> = {};
      for (const row of rows) {
        const resolution = resolve(row.old_code);
        kinds[resolution.kind] = (kinds[resolution.kind] ?? 0) + 1;
        const expected: CodeResolution =
          row.new_codes.length > 1
            ? { kind: 'split', from: row.old_code, candidates: row.new_codes }
            : row.new_codes[0] === row.old_code
              ? { kind: 'current', code: row.old_code }
              : { kind: 'mapped', code: row.new_codes[0], from: row.old_code };
        expect(resolution).toEqual(expected);
      }
      expect(kinds).toEqual({ current: 242, mapped: 113, split: 1 });
    });

    it('maps 3001 Halden to 3101', async () => {
      await expect(register.mapMunicipalityCode('3001')).resolves.toEqual({ kind: 'mapped', code: '3101', from: '3001' });
    });

    it('reports 1507 Ålesund as split into exactly 1508 Ålesund and 1580 Haram', async () => {
      await expect(register.mapMunicipalityCode('1507')).resolves.toEqual({ kind: 'split', from: '1507', candidates: ['1508', '1580'] });
    });

    it('says a 2024 code is current', async () => {
      await expect(register.mapMunicipalityCode('0301')).resolves.toEqual({ kind: 'current', code: '0301' });
    });

    it('follows the 2017–2023 history through several steps where the way is unambiguous', async () => {
      await expect(register.mapMunicipalityCode('0706')).resolves.toEqual({ kind: 'mapped', code: '3907', from: '0706' });
      await expect(register.mapMunicipalityCode('1601')).resolves.toEqual({ kind: 'mapped', code: '5001', from: '1601' });
    });

    it('reports the splits of 2020 and every code that passed through 1507 as splits', async () => {
      await expect(register.mapMunicipalityCode('5012')).resolves.toEqual({ kind: 'split', from: '5012', candidates: ['5055', '5056', '5059'] });
      await expect(register.mapMunicipalityCode('1850')).resolves.toEqual({ kind: 'split', from: '1850', candidates: ['1806', '1875'] });
      await expect(register.mapMunicipalityCode('1534')).resolves.toEqual({ kind: 'split', from: '1534', candidates: ['1508', '1580'] });
    });

    it('resolves every code of the 2017–2024 history to one or more current codes', async () => {
      const rows: { old_code: string }[] = await dataSource.query('SELECT DISTINCT old_code FROM municipality_change_history');
      const resolve = await register.codeResolver();
      const unknown = rows.map((row) => row.old_code).filter((code) => resolve(code).kind === 'unknown');
      expect(unknown).toEqual([]);
    });

    it('calls a code that never existed unknown', async () => {
      await expect(register.mapMunicipalityCode('9999')).resolves.toEqual({ kind: 'unknown' });
      await expect(register.mapMunicipalityCode('Oslo')).resolves.toEqual({ kind: 'unknown' });
    });
  });

  describe('population in age bands', () => {
    const everyone: AgeBand[] = [{ min: 0, max: null }];

    function sumTotals(rows: { total: number }[]): number {
      return rows.reduce((sum, row) => sum + row.total, 0);
    }

    it('adds up to the 5,550,203 people SSB counted on 1 January 2024, Oslo 717,710 and Bergen 291,940', async () => {
      const rows = await register.populationInAgeBands(2024, everyone);
      expect(rows).toHaveLength(357);
      expect(sumTotals(rows)).toBe(NATIONAL_POPULATION_2024);
      expect(rows.find((row) => row.municipalityCode === '0301')).toEqual({
        municipalityCode: '0301',
        band: { min: 0, max: null },
        men: expect.any(Number),
        women: expect.any(Number),
        total: OSLO_POPULATION_2024,
      });
      expect(rows.find((row) => row.municipalityCode === '4601')?.total).toBe(BERGEN_POPULATION_2024);
    });

    it('counts the 398,678 people aged 18–23 on 1 January 2025', async () => {
      const rows = await register.populationInAgeBands(2025, [{ min: 18, max: 23 }]);
      expect(sumTotals(rows)).toBe(AGED_18_TO_23_IN_2025);
    });

    it('agrees with a plain count over the single-year rows for every municipality and band', async () => {
      const bands: AgeBand[] = [{ min: 67, max: null }, { min: 0, max: 15 }, { min: 16, max: 16 }, { min: 20, max: 66 }];
      const raw: { municipality_code: string; age: number; men: number; women: number }[] = await dataSource.query(
        'SELECT municipality_code, age, men, women FROM population WHERE year = 2026',
      );
      const expected = new Map<string, { men: number; women: number }>();
      for (const row of raw) {
        const index = bands.findIndex((band) => row.age >= band.min && (band.max === null || row.age <= band.max));
        if (index < 0) continue;
        const key = `${row.municipality_code}/${index}`;
        const sums = expected.get(key) ?? { men: 0, women: 0 };
        sums.men += row.men;
        sums.women += row.women;
        expected.set(key, sums);
      }

      const rows = await register.populationInAgeBands(2026, bands);
      expect(rows).toHaveLength(357 * bands.length);
      for (const row of rows) {
        const sums = expected.get(`${row.municipalityCode}/${bands.findIndex((band) => band.min === row.band.min)}`);
        expect(sums).toBeDefined();
        expect({ men: row.men, women: row.women, total: row.total }).toEqual({ ...sums, total: sums!.men + sums!.women });
      }
    });

    it('refuses overlapping bands', async () => {
      await expect(register.populationInAgeBands(2024, [{ min: 0, max: 20 }, { min: 20, max: null }])).rejects.toMatchObject({
        status: 400,
        details: [{ path: 'bands[1]', message: 'overlaps bands[0]' }],
      });
    });

    it('says which years it has when asked for a year without figures', async () => {
      await expect(register.populationInAgeBands(2023, everyone)).rejects.toMatchObject({
        status: 404,
        message: 'There are no population figures for 2023; there are for 2024, 2025, 2026',
      });
    });
  });
});
