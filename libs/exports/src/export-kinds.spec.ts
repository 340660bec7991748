import { exportOptionProblems } from './export-kinds';

describe('exportOptionProblems', () => {
  it('accepts the options each kind takes, and language and questionnaire for all', () => {
    expect(exportOptionProblems('raw_data', { format: 'csv', separator: ',', language: 'en' })).toEqual([]);
    expect(exportOptionProblems('municipality_reports', { municipality: '0301', questionnaireId: 'x' })).toEqual([]);
    expect(exportOptionProblems('charts', { formats: ['svg'] })).toEqual([]);
  });

  it('names an option the kind does not take', () => {
    expect(exportOptionProblems('results_workbook', { municipality: '0301' })).toEqual([{ path: 'options.municipality', message: 'results_workbook exports do not take municipality' }]);
  });

  it('refuses a separator for an xlsx file', () => {
    expect(exportOptionProblems('raw_data', { separator: ';' })).toEqual([{ path: 'options.separator', message: 'a separator applies to csv only' }]);
  });
});
