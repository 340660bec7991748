import { createCanvas, SvgExportFlag, type Canvas, type SvgCanvas } from '@napi-rs/canvas';
import { Chart, type ChartItem } from './chart-js';
import { measureText } from './chart-fonts';
import { setUpChartJs } from './chart-setup';
import type { ChartSpec } from './chart-spec';
import type { BuiltChart } from './chart-frame';
import { groupBarChart } from './group-bar-chart';
import { stackedPercentChart } from './stacked-percent-chart';

export interface ChartRenderOptions {
  /** CSS pixels; the height follows from the number of bars (at least 500). Default 900. */
  width?: number;
  /** Device pixels per CSS pixel in a PNG: 2 gives 1800 px across, enough for print. Default 2. */
  pixelRatio?: number;
}

const DEFAULT_WIDTH = 900;
const DEFAULT_PIXEL_RATIO = 2;

export function buildChart(spec: ChartSpec, width: number): BuiltChart {
  return spec.kind === 'group-bars' ? groupBarChart(spec, width, measureText) : stackedPercentChart(spec, width, measureText);
}

/** A PNG at print resolution (by default 1800 px wide), white background. */
export function renderChartPng(spec: ChartSpec, options: ChartRenderOptions = {}): Buffer {
  const width = options.width ?? DEFAULT_WIDTH;
  const built = buildChart(spec, width);
  const canvas = createCanvas(width, built.height);
  try {
    return drawThen(canvas, built, options.pixelRatio ?? DEFAULT_PIXEL_RATIO, () => canvas.toBuffer('image/png'));
  } finally {
    releasePixels(canvas);
  }
}

/**
 * A canvas's pixels (7 MB at print size) live outside the JS heap, where V8 does not see them: it
 * seldom collects, and 100 charts took a process from 180 MB to over 1 GB. Resizing the canvas to
 * nothing frees them at once (@napi-rs/canvas replaces its surface), whenever the object goes.
 */
function releasePixels(canvas: Canvas): void {
  canvas.width = 0;
  canvas.height = 0;
}

/**
 * The same chart as SVG, drawn by chart.js on Skia's SVG canvas. Text becomes outlines, so the
 * chart looks the same where DejaVu Sans is not installed (Word, PowerPoint, browsers).
 */
export function renderChartSvg(spec: ChartSpec, options: Pick<ChartRenderOptions, 'width'> = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const built = buildChart(spec, width);
  const canvas = createCanvas(width, built.height, SvgExportFlag.ConvertTextToPaths);
  const svg = drawThen(canvas, built, 1, () => canvas.getContent().toString('utf8'));
  return withViewBoxAndTitle(svg, width, built.height, spec.title);
}

// Skia writes only width and height: a viewBox lets the picture scale in Word and on web pages,
// and a <title> names it for screen readers, since the text itself is outlines.
function withViewBoxAndTitle(svg: string, width: number, height: number, title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return svg.replace(/<svg\b([^>]*)>/, `<svg$1 viewBox="0 0 ${width} ${height}" role="img"><title>${escaped}</title>`);
}

// chart.js draws synchronously when animation is off; destroy() clears the canvas, so the
// picture is encoded first.
function drawThen<T>(canvas: Canvas | SvgCanvas, built: BuiltChart, pixelRatio: number, encode: () => T): T {
  setUpChartJs();
  const context = canvas.getContext('2d');
  const chart = new Chart(context as unknown as ChartItem, {
    ...built.config,
    options: { ...built.config.options, devicePixelRatio: pixelRatio },
  });
  try {
    return encode();
  } finally {
    chart.destroy();
  }
}
