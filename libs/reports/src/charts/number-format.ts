import type { ChartLocale, ValueAxis } from './chart-spec';

const INTL_LOCALE: Record<ChartLocale, string> = { nb: 'nb-NO', en: 'en-GB' };

export type ValueFormatter = (value: number) => string;

/** Formats values of the axis: "45 %" / "45%" for percent, "3,8" / "3.8" for decimals. */
export function valueFormatter(locale: ChartLocale, axis: Pick<ValueAxis, 'format' | 'decimals'>): ValueFormatter {
  const decimals = axis.decimals ?? (axis.format === 'percent' ? 0 : 1);
  if (axis.format === 'percent') {
    const format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    return (value) => format.format(value / 100);
  }
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (value) => format.format(value);
}

/** Tick labels: as few decimals as the tick needs. */
export function tickFormatter(locale: ChartLocale, axis: Pick<ValueAxis, 'format'>): ValueFormatter {
  const percent = axis.format === 'percent';
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: percent ? 'percent' : 'decimal', maximumFractionDigits: 2 });
  return (value) => format.format(percent ? value / 100 : value);
}

/** "n = 1 234" (bokmål groups thousands with a space). */
export function sampleSizeLabel(locale: ChartLocale, n: number): string {
  return `n = ${new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 }).format(n)}`;
}
