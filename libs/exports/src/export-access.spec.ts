import { ForbiddenError } from '@stemme/platform';
import { assertMayExport, mayExport } from './export-access';

const bodo = { municipalityCode: '1804' };

describe('assertMayExport', () => {
  it('lets anyone with the whole study export anything', () => {
    for (const kind of ['results_workbook', 'municipality_reports', 'raw_data', 'charts'] as const) expect(mayExport(null, kind, {})).toBe(true);
  });

  it('lets an evaluator limited to a municipality export that municipality’s report', () => {
    expect(() => assertMayExport(bodo, 'municipality_reports', { municipality: '1804', language: 'en' })).not.toThrow();
  });

  it('refuses them another municipality’s report, and the whole pack', () => {
    expect(() => assertMayExport(bodo, 'municipality_reports', { municipality: '1806' })).toThrow(ForbiddenError);
    expect(() => assertMayExport(bodo, 'municipality_reports', {})).toThrow(/options.municipality = "1804"/);
  });

  it('refuses them raw data, even of their own municipality, and exports that list every county', () => {
    expect(() => assertMayExport(bodo, 'raw_data', { municipality: '1804' })).toThrow(/raw data needs access to the whole study/);
    expect(mayExport(bodo, 'results_workbook', {})).toBe(false);
    expect(mayExport(bodo, 'charts', {})).toBe(false);
  });
});
