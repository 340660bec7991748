import type { TextMeasure } from './chart-fonts';
import { chartFrame, GROUP_LABEL_FONT, type BuiltChart, GROUP_LABEL_LINE_HEIGHT, groupLabelLines, lineCount } from './chart-frame';
import { barEndLabels, footnotes, whiteBackground } from './chart-plugins';
import { isShown, type GroupBarChartSpec } from './chart-spec';
import { tickFormatter, valueFormatter } from './number-format';
import { SINGLE_SERIES_COLOUR } from './palettes';

const MIN_HEIGHT = 500;
const VERTICAL_MAX_GROUPS = 6;
const VERTICAL_MAX_LABEL_WIDTH = 120;

/** One bar per group; horizontal when there are many groups or long labels. */
export function groupBarChart(spec: GroupBarChartSpec, width: number, measure: TextMeasure): BuiltChart {
  const shown = spec.groups.filter((group) => isShown(group.cell));
  const values = shown.map((group) => (group.cell as { value: number }).value);
  const horizontal = isHorizontal(spec, shown.map((group) => group.label), measure);
  const frame = chartFrame(spec, width, shown.length < spec.groups.length, measure);
  const labelWidth = horizontal ? width * 0.3 : Math.max(60, (width - 100) / Math.max(shown.length, 1) - 12);
  const labels = shown.map((group) => groupLabelLines(group, spec.locale, labelWidth, measure));
  const formatValue = valueFormatter(spec.locale, spec.valueAxis);
  const formatTick = tickFormatter(spec.locale, spec.valueAxis);
  const { min, max } = axisRange(spec, values);
  const valueScale = {
    min,
    max,
    grid: { color: '#e3e3e3' },
    border: { display: false },
    ticks: { callback: (value: string | number) => formatTick(Number(value)) },
    title: { display: Boolean(spec.valueAxis.title), text: spec.valueAxis.title ?? '', color: '#444444' },
  };
  const categoryScale = { grid: { display: false }, ticks: { autoSkip: false, maxRotation: 0, font: GROUP_LABEL_FONT, color: '#222222' } };
  const plotHeight = lineCount(labels) * GROUP_LABEL_LINE_HEIGHT + shown.length * 14 + 60;
  return {
    height: horizontal ? Math.max(MIN_HEIGHT, frame.height + plotHeight) : MIN_HEIGHT,
    footnotes: frame.footnoteLines,
    config: {
      type: 'bar',
      data: { labels, datasets: [{ data: values, backgroundColor: SINGLE_SERIES_COLOUR, maxBarThickness: horizontal ? 36 : 72 }] },
      options: {
        ...frame.options,
        indexAxis: horizontal ? 'y' : 'x',
        // Room for the value written beyond the longest bar.
        layout: { padding: { ...frame.padding, right: horizontal ? 60 : frame.padding.right } },
        scales: horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
        plugins: { ...frame.options.plugins, legend: { display: false } },
      },
      plugins: [whiteBackground, barEndLabels(values.map(formatValue)), footnotes(frame.footnoteLines)],
    },
  };
}

function isHorizontal(spec: GroupBarChartSpec, labels: readonly string[], measure: TextMeasure): boolean {
  if (spec.orientation === 'horizontal') return true;
  if (spec.orientation === 'vertical') return false;
  return labels.length > VERTICAL_MAX_GROUPS || labels.some((label) => measure(label, GROUP_LABEL_FONT) > VERTICAL_MAX_LABEL_WIDTH);
}

function axisRange(spec: GroupBarChartSpec, values: readonly number[]): { min: number; max: number } {
  if (spec.valueAxis.format === 'percent') return { min: spec.valueAxis.min ?? 0, max: spec.valueAxis.max ?? 100 };
  const largest = Math.max(0, ...values);
  return { min: spec.valueAxis.min ?? 0, max: spec.valueAxis.max ?? niceCeiling(largest) };
}

function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}
