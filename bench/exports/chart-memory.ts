/**
 * Chart memory: renders N charts at print size and prints the process's peak RSS (VmHWM), once
 * straight through libs/reports in this process and once through the export's pool of chart
 * threads, each in a child process of its own so that each peak is that way's alone.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/exports/chart-memory.ts [--charts 100] [--ways direct,pool]
 *
 * The charts alternate between the county bar chart (1800 × 1380 px) and the Likert matrix
 * (1800 × 1000 px) of libs/reports' test examples; their pixels (5–10 MB a canvas) live outside
 * the JS heap.
 */
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { renderChartPng } from '@stemme/reports';
import { ChartThreadPool } from '../../libs/exports/src/charts/chart-renderer';
import { countyPercentChart, likertMatrixChart } from '../../libs/reports/src/charts/testing/chart-examples';
import { peakRssBytes } from './peak-rss';

const WAYS = ['direct', 'pool'] as const;
type Way = (typeof WAYS)[number];

interface WayResult {
  way: Way;
  charts: number;
  startRssBytes: number;
  endRssBytes: number;
  peakRssBytes: number;
  msPerChart: number;
}

const MB = 2 ** 20;

function chartSpec(index: number) {
  return index % 2 === 0 ? countyPercentChart() : likertMatrixChart();
}

async function renderAll(way: Way, charts: number): Promise<WayResult> {
  const startRssBytes = process.memoryUsage().rss;
  const started = performance.now();
  if (way === 'direct') {
    for (let index = 0; index < charts; index++) renderChartPng(chartSpec(index));
  } else {
    const pool = new ChartThreadPool();
    // The PNGs are dropped as they arrive, as an export writes each into its workbook.
    await Promise.all(Array.from({ length: charts }, (_, index) => pool.png(chartSpec(index)).then(() => undefined)));
    await pool.close();
  }
  const msPerChart = (performance.now() - started) / charts;
  return { way, charts, startRssBytes, endRssBytes: process.memoryUsage().rss, peakRssBytes: peakRssBytes(), msPerChart };
}

function inChild(way: Way, charts: number): Promise<WayResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', way, '--charts', String(charts)], { execArgv: process.execArgv });
    child.on('message', (result: WayResult) => resolve(result));
    child.on('exit', (code) => code !== 0 && reject(new Error(`${way} stopped with code ${code}`)));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { charts: { type: 'string', default: '100' }, ways: { type: 'string', default: WAYS.join(',') }, child: { type: 'string' } },
  });
  const charts = Number(values.charts);
  if (values.child) {
    process.send!(await renderAll(values.child as Way, charts));
    return;
  }
  const ways = values.ways.split(',') as Way[];
  console.log(`Chart memory: ${charts} print-size PNG charts; ${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}, Node ${process.version}`);
  console.log('way      RSS at start MB  RSS at end MB  peak RSS MB  ms per chart');
  for (const way of ways) {
    const result = await inChild(way, charts);
    console.log(
      `${way.padEnd(8)} ${(result.startRssBytes / MB).toFixed(0).padStart(15)} ${(result.endRssBytes / MB).toFixed(0).padStart(14)} ${(result.peakRssBytes / MB).toFixed(0).padStart(12)} ${result.msPerChart.toFixed(1).padStart(13)}`,
    );
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
