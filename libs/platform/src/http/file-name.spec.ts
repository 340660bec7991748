import { safeFileName } from './file-name';

describe('safeFileName', () => {
  it('spells out Norwegian letters and joins words with dashes', () => {
    expect(safeFileName('Spørreskjema – Bodø og Ålesund')).toBe('sporreskjema-bodo-og-alesund');
  });

  it('drops accents and Sami letters become plain', () => {
    expect(safeFileName('Kárášjohka')).toBe('karasjohka');
  });

  it('falls back when nothing is left', () => {
    expect(safeFileName('«»', 'export')).toBe('export');
  });
});
