import { useEffect, useRef, useState } from 'react';
import type { Chart } from 'chart.js';
import { useI18n } from '../../../i18n/i18n';
import type { DayCount } from './monitor-figures';

/** chart.js is loaded only when a chart is first drawn, so the admin's first load stays small. */
async function loadChart(): Promise<typeof Chart> {
  const chartJs = await import('chart.js');
  chartJs.Chart.register(chartJs.BarController, chartJs.BarElement, chartJs.CategoryScale, chartJs.LinearScale, chartJs.Tooltip);
  return chartJs.Chart;
}

/** Responses per day as bars; the same figures are in the table beside it. */
export function MonitorChart({ days, label }: { days: DayCount[]; label: string }) {
  const { t, language } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'>>(undefined);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const dayLabel = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const labels = days.map((day) => dayLabel.format(new Date(`${day.date}T00:00:00Z`)));
  const values = days.map((day) => day.responses);

  useEffect(() => {
    let cancelled = false;
    loadChart().then(
      (ChartClass) => {
        if (cancelled || !canvas.current) return;
        chart.current = new ChartClass(canvas.current, {
          type: 'bar',
          data: { labels, datasets: [{ label: t('monitor.col.responses'), data: values, backgroundColor: '#1d4e89' }] },
          options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            plugins: { legend: { display: false } },
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          },
        });
        setState('ready');
      },
      () => !cancelled && setState('failed'),
    );
    return () => {
      cancelled = true;
      chart.current?.destroy();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    current.data.labels = labels;
    current.data.datasets[0].data = values;
    current.data.datasets[0].label = t('monitor.col.responses');
    current.update('none');
  }, [labels.join(), values.join(), language]);

  return (
    <div className="monitor-chart" data-chart-state={state}>
      <canvas ref={canvas} role="img" aria-label={label} />
      {state === 'loading' && <p className="loading">{t('monitor.chartLoading')}</p>}
      {state === 'failed' && <p>{t('monitor.chartFailed')}</p>}
    </div>
  );
}
