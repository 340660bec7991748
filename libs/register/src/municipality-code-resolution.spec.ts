import { buildCodeResolver, CodeChangeStep, normaliseMunicipalityCode } from './municipality-code-resolution';

function step(oldCode: string, newCode: string): CodeChangeStep {
  return { oldCode, newCode };
}

// A small register shaped like the real one: renumbering, merging, chains and splits.
const currentCodes = ['0301', '3101', '3907', '1508', '1580', '1806', '1875', '5055', '5056'];
const steps = [
  step('3001', '3101'), // Halden, renumbered in 2024
  step('0706', '0710'), // Sandefjord: merged 2017, renumbered 2020 and 2024
  step('0719', '0710'),
  step('0710', '3804'),
  step('3804', '3907'),
  step('1534', '1507'), // Haram merged into Ålesund in 2020 ...
  step('1507', '1508'), // ... which split again in 2024
  step('1507', '1580'),
  step('1850', '1806'), // Tysfjord split in 2020
  step('1850', '1875'),
  step('5012', '5056'), // a split whose parts meet again
  step('5012', '5099'),
  step('5099', '5056'),
  step('0301', '0301'), // an unchanged row of the 2023 → 2024 table
];

describe('buildCodeResolver', () => {
  const resolve = buildCodeResolver({ currentCodes, steps });

  it('says a code valid now is current', () => {
    expect(resolve('0301')).toEqual({ kind: 'current', code: '0301' });
  });

  it('maps a renumbered code to its new code', () => {
    expect(resolve('3001')).toEqual({ kind: 'mapped', code: '3101', from: '3001' });
  });

  it('follows a chain of several changes to the one current code', () => {
    expect(resolve('0706')).toEqual({ kind: 'mapped', code: '3907', from: '0706' });
    expect(resolve('0719')).toEqual({ kind: 'mapped', code: '3907', from: '0719' });
    expect(resolve('3804')).toEqual({ kind: 'mapped', code: '3907', from: '3804' });
  });

  it('reports a split with every part as a candidate and never picks one', () => {
    expect(resolve('1507')).toEqual({ kind: 'split', from: '1507', candidates: ['1508', '1580'] });
    expect(resolve('1850')).toEqual({ kind: 'split', from: '1850', candidates: ['1806', '1875'] });
  });

  it('reports a code whose chain later passes through a split as a split too', () => {
    expect(resolve('1534')).toEqual({ kind: 'split', from: '1534', candidates: ['1508', '1580'] });
  });

  it('maps a split whose parts all end in the same current code', () => {
    expect(resolve('5012')).toEqual({ kind: 'mapped', code: '5056', from: '5012' });
  });

  it('calls a well-formed code that the register does not know unknown', () => {
    expect(resolve('9999')).toEqual({ kind: 'unknown' });
    expect(resolve('0000')).toEqual({ kind: 'unknown' });
  });

  it('calls malformed input unknown', () => {
    for (const given of ['', 'Oslo', '03', '03011', '03 01', '3.01', '-301']) expect(resolve(given)).toEqual({ kind: 'unknown' });
  });

  it('accepts a code without its leading zero or with spaces, as spreadsheets give it', () => {
    expect(resolve(301)).toEqual({ kind: 'current', code: '0301' });
    expect(resolve(' 706 ')).toEqual({ kind: 'mapped', code: '3907', from: '0706' });
  });

  it('refuses a register whose steps lead to a code that is neither current nor changed further', () => {
    expect(() => buildCodeResolver({ currentCodes: ['0301'], steps: [step('0300', '0299')] })).toThrow(/0299 is neither current/);
  });

  it('refuses a register whose steps go round in a circle', () => {
    expect(() => buildCodeResolver({ currentCodes: ['0301'], steps: [step('0100', '0200'), step('0200', '0100')] })).toThrow(/circle/);
  });

  it('refuses a register in which a current code also changed to another code', () => {
    expect(() => buildCodeResolver({ currentCodes: ['0301', '0302'], steps: [step('0301', '0302')] })).toThrow(/0301 is current/);
  });
});

describe('normaliseMunicipalityCode', () => {
  it('keeps four digits, restores a lost leading zero and refuses anything else', () => {
    expect(normaliseMunicipalityCode('5001')).toBe('5001');
    expect(normaliseMunicipalityCode(301)).toBe('0301');
    expect(normaliseMunicipalityCode('12')).toBeNull();
    expect(normaliseMunicipalityCode('12345')).toBeNull();
  });
});
