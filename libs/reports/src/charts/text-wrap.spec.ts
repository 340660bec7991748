import type { TextMeasure } from './chart-fonts';
import { wrapText } from './text-wrap';

// Ten pixels per character makes the expected lines easy to see.
const monospace: TextMeasure = (text) => text.length * 10;
const font = { size: 12 };

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Oslo', 100, font, monospace)).toEqual(['Oslo']);
  });

  it('breaks at spaces so that no line is wider than allowed', () => {
    expect(wrapText('Hvor fornøyd er du med tilbudet i kommunen?', 200, font, monospace)).toEqual(['Hvor fornøyd er du', 'med tilbudet i', 'kommunen?']);
  });

  it('breaks after a dash, as in the double names of Norwegian counties', () => {
    expect(wrapText('Trøndelag – Trööndelage', 120, font, monospace)).toEqual(['Trøndelag –', 'Trööndelage']);
  });

  it('never breaks at a no-break space, as bokmål numbers use', () => {
    expect(wrapText('Om 10\u00a0000', 60, font, monospace)).toEqual(['Om', '10\u00a0000']);
  });

  it('cuts a word longer than a line with a hyphen', () => {
    expect(wrapText('Rusbehandlingstilbudet', 80, font, monospace)).toEqual(['Rusbeha-', 'ndlings-', 'tilbudet']);
  });
});
