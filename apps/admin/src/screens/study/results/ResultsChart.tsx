import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { ChartPlan } from './chart-data';

type ChartModule = typeof import('chart.js');

let chartModule: Promise<ChartModule> | undefined;

/** chart.js is loaded the first time a chart is drawn, so the app's first load stays small. */
function loadChartJs(): Promise<ChartModule> {
  chartModule ??= import('chart.js').then((module) => {
    module.Chart.register(module.BarController, module.BarElement, module.CategoryScale, module.LinearScale, module.Legend, module.Tooltip);
    return module;
  });
  chartModule.catch(() => (chartModule = undefined));
  return chartModule;
}

/** Draws the 95 % interval of each mean as a whisker across the bar's end. */
const intervalWhiskers: Plugin<'bar'> = {
  id: 'intervalWhiskers',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const intervals = (dataset as { intervals?: ({ lower: number; upper: number } | null)[] }).intervals;
      if (!intervals) return;
      const meta = chart.getDatasetMeta(datasetIndex);
      const valueScale = chart.scales.x;
      ctx.save();
      ctx.strokeStyle = '#1b1f24';
      ctx.lineWidth = 2;
      meta.data.forEach((bar, index) => {
        const interval = intervals[index];
        if (!interval || dataset.data[index] === null) return;
        const y = bar.y;
        const [from, to] = [valueScale.getPixelForValue(interval.lower), valueScale.getPixelForValue(interval.upper)];
        ctx.beginPath();
        ctx.moveTo(from, y);
        ctx.lineTo(to, y);
        ctx.moveTo(from, y - 6);
        ctx.lineTo(from, y + 6);
        ctx.moveTo(to, y - 6);
        ctx.lineTo(to, y + 6);
        ctx.stroke();
      });
      ctx.restore();
    });
  },
};

function configOf(plan: ChartPlan, language: 'nb' | 'en'): ChartConfiguration<'bar'> {
  const percent = plan.shape !== 'means';
  const format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 });
  const upper = plan.shape === 'means' ? Math.max(...plan.datasets.flatMap((dataset) => (dataset.intervals ?? []).map((interval) => interval?.upper ?? 0)), ...plan.datasets.flatMap((dataset) => dataset.data.map((value) => value ?? 0))) : 100;
  return {
    type: 'bar',
    data: {
      labels: plan.labels,
      datasets: plan.datasets.map((dataset) => ({
        label: dataset.label,
        data: dataset.data,
        backgroundColor: dataset.color,
        borderColor: '#ffffff',
        borderWidth: plan.shape === 'stacked' ? 1 : 0,
        ...(dataset.intervals ? { intervals: dataset.intervals } : {}),
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: {
          stacked: plan.shape === 'stacked',
          min: 0,
          max: percent ? 100 : Math.ceil(upper * 1.05) || 1,
          title: { display: true, text: plan.axisTitle, color: '#1b1f24' },
          ticks: { color: '#1b1f24', callback: (value) => (percent ? `${value} %` : format.format(Number(value))) },
        },
        y: { stacked: plan.shape === 'stacked', ticks: { color: '#1b1f24', autoSkip: false } },
      },
      plugins: {
        legend: { display: plan.datasets.length > 1 || plan.shape !== 'grouped', position: 'top', labels: { color: '#1b1f24' } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${item.raw === null ? '–' : format.format(Number(item.raw))}${percent ? ' %' : ''}`,
          },
        },
      },
    },
    plugins: plan.shape === 'means' ? [intervalWhiskers] : [],
  };
}

/** A bar chart of the figures the table shows; a picture for those who see it, the table for everyone. */
export function ResultsChart({ plan, label }: { plan: ChartPlan; label: string }) {
  const { t, language } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');

  useEffect(() => {
    let chart: Chart<'bar'> | undefined;
    let current = true;
    loadChartJs().then(
      (module) => {
        if (!current || !canvas.current) return;
        chart = new module.Chart(canvas.current, configOf(plan, language));
        setState('drawn');
      },
      () => current && setState('failed'),
    );
    return () => {
      current = false;
      chart?.destroy();
    };
  }, [plan, language]);

  const rows = plan.labels.length * (plan.shape === 'grouped' ? Math.max(1, plan.datasets.length) * 0.6 : 1);
  const height = Math.max(220, Math.round(rows * 30 + 110));
  return (
    <div className="results-chart" data-chart-state={state}>
      {state === 'loading' && <p className="loading">{t('results.chartLoading')}</p>}
      {state === 'failed' && <p className="muted">{t('results.chartFailed')}</p>}
      {/* Set through the DOM, which the Content Security Policy allows (it forbids style attributes in markup). */}
      <div className="chart-box" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
    </div>
  );
}
