import type { ChartConfiguration, ChartOptions } from './chart-js';
import type { FontSpec, TextMeasure } from './chart-fonts';
import { FOOTNOTE_FONT, FOOTNOTE_MARGIN, footnoteHeight } from './chart-plugins';
import type { ChartGroup, ChartLocale, ChartSpec } from './chart-spec';
import { sampleSizeLabel } from './number-format';
import { wrapText } from './text-wrap';

const TITLE_FONT: FontSpec = { size: 18, weight: 'bold' };
const SUBTITLE_FONT: FontSpec = { size: 13 };
const TITLE_LINE_HEIGHT = 23;
const SUBTITLE_LINE_HEIGHT = 17;
export const FRAME_PADDING = 12;

export interface BuiltChart {
  config: ChartConfiguration<'bar', number[], string[]>;
  /** CSS pixels. */
  height: number;
  /** The lines under the chart, the note on suppression included when something was left out. */
  footnotes: string[];
}

/** What every chart has around its plot: title, subtitle, footnotes, white space. */
export interface ChartFrame {
  options: Pick<ChartOptions<'bar'>, 'animation' | 'responsive' | 'events'> & { plugins: Pick<NonNullable<ChartOptions<'bar'>['plugins']>, 'title' | 'subtitle' | 'tooltip'> };
  /** Room around the plot, footnotes included; for chart.js's `layout.padding`. */
  padding: { top: number; left: number; right: number; bottom: number };
  footnoteLines: string[];
  /** CSS pixels taken by everything but the plot and its axes. */
  height: number;
}

export function chartFrame(spec: ChartSpec, width: number, anythingSuppressed: boolean, measure: TextMeasure): ChartFrame {
  const textWidth = width - 2 * FRAME_PADDING;
  const title = wrapText(spec.title, textWidth, TITLE_FONT, measure);
  const subtitle = spec.subtitle ? wrapText(spec.subtitle, textWidth, SUBTITLE_FONT, measure) : [];
  const notes = [...(spec.footnotes ?? []), ...(anythingSuppressed ? [spec.suppressedNote] : [])];
  const footnoteLines = notes.flatMap((note) => wrapText(note, width - 2 * FOOTNOTE_MARGIN, FOOTNOTE_FONT, measure));
  return {
    options: {
      animation: false,
      responsive: false,
      events: [],
      plugins: {
        title: { display: true, text: title, align: 'start', color: '#111111', font: { ...TITLE_FONT, lineHeight: TITLE_LINE_HEIGHT / TITLE_FONT.size }, padding: { top: 0, bottom: subtitle.length ? 4 : 20 } },
        subtitle: { display: subtitle.length > 0, text: subtitle, align: 'start', color: '#444444', font: { ...SUBTITLE_FONT, lineHeight: SUBTITLE_LINE_HEIGHT / SUBTITLE_FONT.size }, padding: { bottom: 20 } },
        tooltip: { enabled: false },
      },
    },
    padding: { top: FRAME_PADDING, left: FRAME_PADDING, right: FRAME_PADDING, bottom: FRAME_PADDING + footnoteHeight(footnoteLines.length) },
    footnoteLines,
    height: 2 * FRAME_PADDING + title.length * TITLE_LINE_HEIGHT + subtitle.length * SUBTITLE_LINE_HEIGHT + 18 + footnoteHeight(footnoteLines.length),
  };
}

export const GROUP_LABEL_FONT: FontSpec = { size: 13 };
export const GROUP_LABEL_LINE_HEIGHT = 16;

/** Lines of a group's tick label: the wrapped name, then "n = …". */
export function groupLabelLines(group: ChartGroup, locale: ChartLocale, maxWidth: number, measure: TextMeasure): string[] {
  const name = wrapText(group.label, maxWidth, GROUP_LABEL_FONT, measure);
  return group.n === undefined ? name : [...name, sampleSizeLabel(locale, group.n)];
}

export function lineCount(labels: readonly string[][]): number {
  return labels.reduce((sum, label) => sum + Math.max(label.length, 1), 0);
}
