import { LocalizedText } from '../disclosure/footnotes';

/** Municipalities by number of inhabitants, smallest first. */
export const SIZE_CLASSES = ['under_5000', '5000_to_19999', '20000_to_99999', '100000_and_over'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

const LOWER_BOUNDS: Record<SizeClass, number> = { under_5000: 0, '5000_to_19999': 5000, '20000_to_99999': 20000, '100000_and_over': 100000 };

/** The size class of a municipality with this many inhabitants: < 5 000, 5 000–19 999, 20 000–99 999, 100 000 and more. */
export function sizeClassFor(population: number): SizeClass {
  if (!Number.isInteger(population) || population < 0) throw new RangeError(`A population must be a whole number of 0 or more, got ${population}`);
  return [...SIZE_CLASSES].reverse().find((sizeClass) => population >= LOWER_BOUNDS[sizeClass]) as SizeClass;
}

const formatNb = (value: number): string => value.toLocaleString('en').replace(/,/g, '\u00a0');
const formatEn = (value: number): string => value.toLocaleString('en');

/** A label for consecutive size classes pooled together, e.g. "Kommuner med under 20 000 innbyggere". */
export function sizeClassesLabel(sizeClasses: readonly SizeClass[]): LocalizedText {
  const positions = sizeClasses.map((sizeClass) => SIZE_CLASSES.indexOf(sizeClass)).sort((a, b) => a - b);
  const lower = LOWER_BOUNDS[SIZE_CLASSES[positions[0]]];
  const next = SIZE_CLASSES[positions[positions.length - 1] + 1];
  const upper = next === undefined ? undefined : LOWER_BOUNDS[next];
  if (lower === 0 && upper === undefined) return { nb: 'Kommuner av alle størrelser', en: 'Municipalities of all sizes' };
  if (lower === 0) return { nb: `Kommuner med under ${formatNb(upper as number)} innbyggere`, en: `Municipalities with fewer than ${formatEn(upper as number)} inhabitants` };
  if (upper === undefined) return { nb: `Kommuner med ${formatNb(lower)} innbyggere eller flere`, en: `Municipalities with ${formatEn(lower)} inhabitants or more` };
  return {
    nb: `Kommuner med ${formatNb(lower)}–${formatNb(upper - 1)} innbyggere`,
    en: `Municipalities with ${formatEn(lower)}–${formatEn(upper - 1)} inhabitants`,
  };
}
