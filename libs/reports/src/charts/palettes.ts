/**
 * Colour-blind-safe palettes. Diverging: ColorBrewer RdBu (Cynthia Brewer, Penn State), with its
 * near-white midpoint darkened to light grey so it stays visible on white. Categorical:
 * Okabe & Ito (2008).
 */
const NEUTRAL = '#d9d9d9';

const RD_BU: Record<number, readonly string[]> = {
  2: ['#ca0020', '#0571b0'],
  3: ['#ef8a62', NEUTRAL, '#67a9cf'],
  4: ['#ca0020', '#f4a582', '#92c5de', '#0571b0'],
  5: ['#ca0020', '#f4a582', NEUTRAL, '#92c5de', '#0571b0'],
  6: ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac'],
  7: ['#b2182b', '#ef8a62', '#fddbc7', NEUTRAL, '#d1e5f0', '#67a9cf', '#2166ac'],
  8: ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'],
  9: ['#b2182b', '#d6604d', '#f4a582', '#fddbc7', NEUTRAL, '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'],
  10: ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'],
  11: ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7', NEUTRAL, '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'],
};

const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'] as const;

/** Greys for answers outside the scale ("Vet ikke"), darker than the neutral midpoint. */
const OUTSIDE_SCALE = ['#969696', '#737373', '#525252'] as const;

export const SINGLE_SERIES_COLOUR = '#0072B2';

export function divergingColours(count: number): readonly string[] {
  if (count === 1) return [SINGLE_SERIES_COLOUR];
  const colours = RD_BU[count];
  if (!colours) throw new RangeError(`A diverging scale has 1–11 categories, not ${count}`);
  return colours;
}

export function categoricalColours(count: number): readonly string[] {
  if (count > OKABE_ITO.length) throw new RangeError(`At most ${OKABE_ITO.length} categories can have distinct colours, not ${count}`);
  return OKABE_ITO.slice(0, count);
}

export function outsideScaleColours(count: number): readonly string[] {
  if (count > OUTSIDE_SCALE.length) throw new RangeError(`At most ${OUTSIDE_SCALE.length} answers outside the scale, not ${count}`);
  return OUTSIDE_SCALE.slice(0, count);
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function textColourOn(hex: string): '#000000' | '#ffffff' {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
