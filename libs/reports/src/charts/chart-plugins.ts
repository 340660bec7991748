import type { Plugin } from './chart-js';
import { cssFont, type FontSpec } from './chart-fonts';
import { textColourOn } from './palettes';

/** A canvas is transparent until something paints it; reports want white. */
export const whiteBackground: Plugin<'bar'> = {
  id: 'stemmeWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

export const VALUE_LABEL_FONT: FontSpec = { size: 12 };
export const FOOTNOTE_FONT: FontSpec = { size: 12 };
export const FOOTNOTE_LINE_HEIGHT = 17;
export const FOOTNOTE_MARGIN = 12;

/** Writes each bar's value just beyond its end, so a printed chart can be read without gridlines. */
export function barEndLabels(labels: readonly string[]): Plugin<'bar'> {
  return {
    id: 'stemmeBarEndLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const horizontal = chart.options.indexAxis === 'y';
      ctx.save();
      ctx.font = cssFont(VALUE_LABEL_FONT);
      ctx.fillStyle = '#222222';
      ctx.textAlign = horizontal ? 'left' : 'center';
      ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      chart.getDatasetMeta(0).data.forEach((bar, index) => {
        const { x, y } = bar.getProps(['x', 'y'], true);
        ctx.fillText(labels[index] ?? '', horizontal ? x + 6 : x, horizontal ? y : y - 4);
      });
      ctx.restore();
    },
  };
}

/** Writes each segment's value inside it when it fits, in black or white, whichever reads better. */
export function segmentLabels(format: (value: number) => string): Plugin<'bar'> {
  return {
    id: 'stemmeSegmentLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = cssFont(VALUE_LABEL_FONT);
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        const colour = String(dataset.backgroundColor);
        chart.getDatasetMeta(datasetIndex).data.forEach((segment, index) => {
          const value = dataset.data[index];
          if (typeof value !== 'number') return;
          const { x, y, base } = segment.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
          const text = format(value);
          if (Math.abs(x - base) < ctx.measureText(text).width + 6) return;
          ctx.fillStyle = textColourOn(colour);
          ctx.fillText(text, (x + base) / 2, y);
        });
      });
      ctx.restore();
    },
  };
}

/** Lines under the plot area, left-aligned; the layout keeps `footnoteHeight(lines)` free for them. */
export function footnotes(lines: readonly string[]): Plugin<'bar'> {
  return {
    id: 'stemmeFootnotes',
    afterDraw(chart) {
      if (lines.length === 0) return;
      const { ctx, height } = chart;
      ctx.save();
      ctx.font = cssFont(FOOTNOTE_FONT);
      ctx.fillStyle = '#444444';
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
      const top = height - footnoteHeight(lines.length) + FOOTNOTE_MARGIN;
      lines.forEach((line, index) => ctx.fillText(line, FOOTNOTE_MARGIN, top + (index + 1) * FOOTNOTE_LINE_HEIGHT - 4));
      ctx.restore();
    },
  };
}

export function footnoteHeight(lineCount: number): number {
  return lineCount === 0 ? 0 : lineCount * FOOTNOTE_LINE_HEIGHT + FOOTNOTE_MARGIN * 2;
}
