/**
 * Charts as plain data: the API returns them, the Excel and zip exports render them. Values
 * come shaped for display: disclosure control has already decided which cells are suppressed.
 */
export type DisplayCell = { value: number } | { suppressed: true };

/** Decides number formats: "45 %" and "3,8" in bokmål, "45%" and "3.8" in English. */
export type ChartLocale = 'nb' | 'en';

interface ChartTexts {
  locale: ChartLocale;
  title: string;
  subtitle?: string;
  /** Lines under the chart, e.g. the source. */
  footnotes?: readonly string[];
  /** Added under the chart when a group or bar is left out, e.g. "Grupper med færre enn 5 svar vises ikke." */
  suppressedNote: string;
}

export interface ValueAxis {
  /** `percent`: values 0–100; `decimal`: e.g. a mean on a 1–5 scale. */
  format: 'percent' | 'decimal';
  /** Defaults: 0–100 for percent; 0 to the largest value for decimal. */
  min?: number;
  max?: number;
  /** Digits after the decimal sign in value labels: 0 for percent, 1 for decimal unless given. */
  decimals?: number;
  title?: string;
}

export interface ChartGroup {
  /** County, municipality, age band or matrix item, in the user's language. */
  label: string;
  /** Respondents behind the value; shown as "n = …" under the label. */
  n?: number;
}

/** One value (a percent or a mean) per group. */
export interface GroupBarChartSpec extends ChartTexts {
  kind: 'group-bars';
  valueAxis: ValueAxis;
  groups: readonly (ChartGroup & { cell: DisplayCell })[];
  /** `auto` lays the bars horizontally when there are many groups or long labels. */
  orientation?: 'auto' | 'horizontal' | 'vertical';
}

export interface AnswerCategory {
  label: string;
  /** "Vet ikke", "Ikke aktuelt": drawn in grey after the scale, not part of the diverging colours. */
  outsideScale?: boolean;
}

/** 100 % stacked horizontal bars: one bar per group or matrix item, one segment per answer category. */
export interface StackedPercentChartSpec extends ChartTexts {
  kind: 'stacked-percent';
  /** For `diverging`, the ordered scale from its most negative to its most positive answer. */
  categories: readonly AnswerCategory[];
  palette: 'diverging' | 'categorical';
  /** `cells[i]` is the percent answering `categories[i]`; a bar with any suppressed cell is left out. */
  bars: readonly (ChartGroup & { cells: readonly DisplayCell[] })[];
}

export type ChartSpec = GroupBarChartSpec | StackedPercentChartSpec;

export function isShown(cell: DisplayCell): cell is { value: number } {
  return 'value' in cell;
}
