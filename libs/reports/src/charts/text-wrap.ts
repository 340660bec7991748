import type { FontSpec, TextMeasure } from './chart-fonts';

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces (and after hyphens and slashes), but
 * never at a no-break space, as in "10 000"; a word longer than a line is cut with a hyphen.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, measure: TextMeasure): string[] {
  const words = text.split(/(?<=[ \t\n\-/–])/u).map((word) => word.replace(/[ \t\n]+$/u, ' '));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line + word;
    if (measure(candidate.trimEnd(), font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    for (const piece of breakLongWord(word, maxWidth, font, measure)) {
      if (line) lines.push(line.trimEnd());
      line = piece;
    }
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

function breakLongWord(word: string, maxWidth: number, font: FontSpec, measure: TextMeasure): string[] {
  if (measure(word.trimEnd(), font) <= maxWidth) return [word];
  const characters = Array.from(word);
  const pieces: string[] = [];
  let piece = '';
  for (let i = 0; i < characters.length; i++) {
    const rest = characters.slice(i).join('');
    if (measure(`${piece}${rest}`.trimEnd(), font) <= maxWidth) return [...pieces, piece + rest];
    if (piece && measure(`${piece}${characters[i]}-`, font) > maxWidth) {
      pieces.push(`${piece}-`);
      piece = '';
    }
    piece += characters[i];
  }
  return [...pieces, piece];
}
