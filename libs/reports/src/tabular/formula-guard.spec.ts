import { looksLikeFormula, neutraliseFormula } from './formula-guard';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+47 22 00 00 00', '-2', '@SUM(A1)', '\t=1', '\r=1'])(
    'prefixes an apostrophe to %j, which a spreadsheet would read as a formula',
    (text) => {
      expect(looksLikeFormula(text)).toBe(true);
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(['Oslo', 'Bra tilbud = god hjelp', ' =1', '', 'Čáhcesuolu'])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});
