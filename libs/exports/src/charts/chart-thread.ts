/**
 * A chart-rendering thread: renders the ChartSpecs it is sent with libs/reports and sends the
 * files back. Imported relatively (not as @stemme/reports) so that it loads without path mapping.
 */
import { parentPort } from 'node:worker_threads';
import { type ChartRenderOptions, type ChartSpec, renderChartPng, renderChartSvg } from '../../../reports/src/index';

export interface ChartTask {
  id: number;
  format: 'png' | 'svg';
  spec: ChartSpec;
  options?: ChartRenderOptions;
}

export type ChartTaskResult = { id: number; file: Uint8Array | string } | { id: number; error: string };

parentPort?.on('message', (task: ChartTask) => {
  try {
    const file = task.format === 'png' ? renderChartPng(task.spec, task.options) : renderChartSvg(task.spec, task.options);
    parentPort!.postMessage({ id: task.id, file } satisfies ChartTaskResult);
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) } satisfies ChartTaskResult);
  }
});
