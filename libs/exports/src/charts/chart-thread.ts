/**
 * A chart-rendering thread: renders the ChartSpecs it is sent with libs/reports and sends the
 * files back. Imported relatively (not as @stemme/reports) so that it loads without path mapping.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { type ChartRenderOptions, type ChartSpec, renderChartPng, renderChartSvg } from '../../../reports/src/index';

export interface ChartTask {
  id: number;
  format: 'png' | 'svg';
  spec: ChartSpec;
  options?: ChartRenderOptions;
}

export type ChartTaskResult = { id: number; file: Uint8Array | string } | { id: number; error: string };

/**
 * A canvas's pixels (7 MB for a chart at print size) live outside the JS heap, and V8 does not
 * count them: it seldom collects, and a thread drawing hundreds of charts grew to gigabytes. They
 * are freed once the canvas is collected and Node has run its finalizers (on a later turn of the
 * event loop), so the thread collects after every 64 MB of canvases and lets the loop turn before
 * the next chart.
 */
const COLLECT_AFTER_BYTES = 64 * 2 ** 20;
let canvasBytes = 0;
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const tasks: ChartTask[] = [];
let scheduled = false;

parentPort?.on('message', (task: ChartTask) => {
  tasks.push(task);
  scheduleNext();
});

function scheduleNext(): void {
  if (scheduled || tasks.length === 0) return;
  scheduled = true;
  setImmediate(renderNext);
}

function renderNext(): void {
  scheduled = false;
  const task = tasks.shift()!;
  try {
    const file = task.format === 'png' ? renderChartPng(task.spec, task.options) : renderChartSvg(task.spec, task.options);
    canvasBytes += typeof file === 'string' ? 4 * 900 * 1000 : 4 * file.readUInt32BE(16) * file.readUInt32BE(20);
    parentPort!.postMessage({ id: task.id, file } satisfies ChartTaskResult);
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) } satisfies ChartTaskResult);
  }
  if (canvasBytes >= COLLECT_AFTER_BYTES) {
    collectGarbage();
    canvasBytes = 0;
  }
  scheduleNext();
}
