import { readField } from './field-values';

describe('reading a field', () => {
  it('reads an empty field as no answer, whatever its kind', () => {
    for (const kind of ['code', 'integer', 'decimal', 'age', 'year', 'date', 'text'] as const) {
      expect(readField(kind, undefined)).toEqual({ ok: true, value: null });
      expect(readField(kind, '   ')).toEqual({ ok: true, value: null });
    }
    expect(readField('codes', undefined)).toEqual({ ok: true, value: null });
  });

  it('reads option codes, one or several', () => {
    expect(readField('code', '2')).toEqual({ ok: true, value: 2 });
    expect(readField('codes', ['1', '3'])).toEqual({ ok: true, value: [1, 3] });
    expect(readField('codes', '3')).toEqual({ ok: true, value: [3] });
    expect(readField('code', 'yes')).toEqual({ ok: false, kind: 'code' });
    expect(readField('codes', ['1', 'x'])).toEqual({ ok: false, kind: 'codes' });
  });

  it('reads numbers the way people write them', () => {
    expect(readField('integer', ' 1 000 ')).toEqual({ ok: true, value: 1000 });
    expect(readField('integer', '1\u00a0000')).toEqual({ ok: true, value: 1000 });
    expect(readField('decimal', '2,5')).toEqual({ ok: true, value: 2.5 });
    expect(readField('decimal', '2.5')).toEqual({ ok: true, value: 2.5 });
    expect(readField('integer', '\u22123')).toEqual({ ok: true, value: -3 });
    expect(readField('age', '25 år')).toEqual({ ok: true, value: 25 });
    expect(readField('age', '25 years')).toEqual({ ok: true, value: 25 });
  });

  it('reads a decimal in a whole-number field, for the core to refuse with its own words', () => {
    expect(readField('integer', '2,5')).toEqual({ ok: true, value: 2.5 });
  });

  it('refuses what is not a number', () => {
    for (const text of ['abc', '12a', '1e5', '0x10', '--1', '1,2,3', 'Infinity']) expect(readField('integer', text)).toEqual({ ok: false, kind: 'integer' });
    expect(readField('age', 'tjuefem')).toEqual({ ok: false, kind: 'age' });
  });

  it('reads a year only as four digits', () => {
    expect(readField('year', '2001')).toEqual({ ok: true, value: 2001 });
    expect(readField('year', '01')).toEqual({ ok: false, kind: 'year' });
    expect(readField('year', '2001b')).toEqual({ ok: false, kind: 'year' });
  });

  it('reads a date from the date picker or as Norwegians write it', () => {
    expect(readField('date', '2024-12-31')).toEqual({ ok: true, value: '2024-12-31' });
    expect(readField('date', '31.12.2024')).toEqual({ ok: true, value: '2024-12-31' });
    expect(readField('date', '1.2.2024')).toEqual({ ok: true, value: '2024-02-01' });
    expect(readField('date', '1/2/2024')).toEqual({ ok: true, value: '2024-02-01' });
    expect(readField('date', 'i fjor')).toEqual({ ok: false, kind: 'date' });
  });

  it('leaves the question whether a date exists to the core', () => {
    expect(readField('date', '30.02.2024')).toEqual({ ok: true, value: '2024-02-30' });
  });

  it('keeps text as written, trimmed, with line breaks as the browser counted them', () => {
    expect(readField('text', '  Takk for hjelpen.\r\nHilsen meg  ')).toEqual({ ok: true, value: 'Takk for hjelpen.\nHilsen meg' });
  });

  it('takes the first value when a single field is sent twice', () => {
    expect(readField('text', ['a', 'b'])).toEqual({ ok: true, value: 'a' });
  });
});
