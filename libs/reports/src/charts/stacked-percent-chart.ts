import type { TextMeasure } from './chart-fonts';
import { chartFrame, GROUP_LABEL_FONT, type BuiltChart, GROUP_LABEL_LINE_HEIGHT, groupLabelLines, lineCount } from './chart-frame';
import { footnotes, segmentLabels, whiteBackground } from './chart-plugins';
import { isShown, type StackedPercentChartSpec } from './chart-spec';
import { tickFormatter, valueFormatter } from './number-format';
import { categoricalColours, divergingColours, outsideScaleColours } from './palettes';

const MIN_HEIGHT = 500;
const LEGEND_HEIGHT = 48;

/** 100 % stacked horizontal bars: one per group or matrix item, a segment per answer category. */
export function stackedPercentChart(spec: StackedPercentChartSpec, width: number, measure: TextMeasure): BuiltChart {
  for (const bar of spec.bars) {
    if (bar.cells.length !== spec.categories.length) {
      throw new RangeError(`Bar "${bar.label}" has ${bar.cells.length} values for ${spec.categories.length} categories`);
    }
  }
  const shown = spec.bars.filter((bar) => bar.cells.every(isShown));
  const frame = chartFrame(spec, width, shown.length < spec.bars.length, measure);
  const labels = shown.map((bar) => groupLabelLines(bar, spec.locale, width * 0.3, measure));
  const colours = categoryColours(spec);
  const percent = { format: 'percent' as const };
  const formatTick = tickFormatter(spec.locale, percent);
  return {
    height: Math.max(MIN_HEIGHT, frame.height + LEGEND_HEIGHT + lineCount(labels) * GROUP_LABEL_LINE_HEIGHT + shown.length * 16 + 60),
    footnotes: frame.footnoteLines,
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: spec.categories.map((category, index) => ({
          label: category.label,
          data: shown.map((bar) => (bar.cells[index] as { value: number }).value),
          backgroundColor: colours[index],
          borderColor: '#ffffff',
          borderWidth: 1,
          maxBarThickness: 44,
        })),
      },
      options: {
        ...frame.options,
        indexAxis: 'y',
        layout: { padding: frame.padding },
        scales: {
          x: { stacked: true, min: 0, max: 100, grid: { color: '#e3e3e3' }, border: { display: false }, ticks: { stepSize: 20, callback: (value) => formatTick(Number(value)) } },
          y: { stacked: true, grid: { display: false }, ticks: { autoSkip: false, font: GROUP_LABEL_FONT, color: '#222222' } },
        },
        plugins: {
          ...frame.options.plugins,
          legend: { display: true, position: 'top', align: 'start', labels: { boxWidth: 14, boxHeight: 14, padding: 14, font: { size: 12 } } },
        },
      },
      plugins: [whiteBackground, segmentLabels(valueFormatter(spec.locale, percent)), footnotes(frame.footnoteLines)],
    },
  };
}

function categoryColours(spec: StackedPercentChartSpec): string[] {
  const scale = spec.categories.filter((category) => !category.outsideScale).length;
  const scaleColours = spec.palette === 'diverging' ? divergingColours(scale) : categoricalColours(scale);
  const outsideColours = outsideScaleColours(spec.categories.length - scale);
  let onScale = 0;
  let outside = 0;
  return spec.categories.map((category) => (category.outsideScale ? outsideColours[outside++] : scaleColours[onScale++]));
}
