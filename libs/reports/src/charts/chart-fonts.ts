import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

/**
 * The one font every chart uses, shipped with the app (npm dejavu-fonts-ttf): with no font the
 * canvas draws no text at all, silently, and a system font would differ between machines.
 * DejaVu Sans covers æøå and the Sami letters (á, č, đ, ŋ, š, ŧ, ž).
 */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

let registered = false;

export function registerChartFonts(): void {
  if (registered) return;
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
    const key = GlobalFonts.registerFromPath(require.resolve(`dejavu-fonts-ttf/ttf/${file}`), CHART_FONT_FAMILY);
    if (!key) throw new Error(`Could not register the chart font ${file}`);
  }
  registered = true;
}

export interface FontSpec {
  size: number;
  weight?: 'normal' | 'bold';
}

export function cssFont({ size, weight = 'normal' }: FontSpec): string {
  return `${weight} ${size}px "${CHART_FONT_FAMILY}"`;
}

export type TextMeasure = (text: string, font: FontSpec) => number;

let measuringContext: SKRSContext2D | undefined;

/** Width in CSS pixels of text drawn in the chart font. */
export const measureText: TextMeasure = (text, font) => {
  registerChartFonts();
  measuringContext ??= createCanvas(1, 1).getContext('2d');
  measuringContext.font = cssFont(font);
  return measuringContext.measureText(text).width;
};
