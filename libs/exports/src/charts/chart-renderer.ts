import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChartRenderOptions, ChartSpec } from '@stemme/reports';
import type { ChartTask, ChartTaskResult } from './chart-thread';

/** Renders charts with libs/reports; exports ask for many at once and await them in any order. */
export interface ChartRenderer {
  png(spec: ChartSpec, options?: ChartRenderOptions): Promise<Buffer>;
  svg(spec: ChartSpec): Promise<string>;
}

interface Pending {
  resolve(file: Uint8Array | string): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  busy: number;
}

/** Tasks each thread is given ahead, so it never waits for the main thread between charts. */
const TASKS_AHEAD = 2;

/**
 * A pool of worker threads, each rendering charts with libs/reports. Drawing and PNG encoding take
 * 20–100 ms a chart on one core; an export of a report per municipality renders thousands, so they
 * run beside the main thread, which meanwhile builds workbooks and zips. Threads start on first use
 * and stop after `idleMs` without work.
 */
export class ChartThreadPool implements ChartRenderer {
  private readonly threads: Thread[] = [];
  private readonly queue: ChartTask[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly size = Math.max(1, availableParallelism()),
    private readonly idleMs = 30_000,
  ) {}

  async png(spec: ChartSpec, options?: ChartRenderOptions): Promise<Buffer> {
    const file = await this.submit({ format: 'png', spec, options });
    return Buffer.from(file as Uint8Array);
  }

  async svg(spec: ChartSpec): Promise<string> {
    return (await this.submit({ format: 'svg', spec })) as string;
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const threads = this.threads.splice(0);
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private submit(task: Omit<ChartTask, 'id'>): Promise<Uint8Array | string> {
    clearTimeout(this.idleTimer);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.queue.push({ ...task, id });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.threads.length < this.size && this.queue.length > this.threads.length * TASKS_AHEAD) this.threads.push(this.startThread());
    for (const thread of this.threads) {
      while (thread.busy < TASKS_AHEAD && this.queue.length > 0) {
        thread.busy++;
        thread.worker.postMessage(this.queue.shift());
      }
    }
    // Threads keep the process alive only while they have work.
    for (const thread of this.threads) {
      if (this.pending.size > 0) thread.worker.ref();
      else thread.worker.unref();
    }
    if (this.pending.size === 0) this.idleTimer = setTimeout(() => void this.close(), this.idleMs).unref();
  }

  private startThread(): Thread {
    const worker = new Worker(join(__dirname, `chart-thread${extname(__filename)}`), { execArgv: threadExecArgv() });
    const thread: Thread = { worker, busy: 0 };
    worker.on('message', (result: ChartTaskResult) => {
      thread.busy--;
      const pending = this.pending.get(result.id);
      this.pending.delete(result.id);
      if ('error' in result) pending?.reject(new Error(`Rendering a chart failed: ${result.error}`));
      else pending?.resolve(result.file);
      this.dispatch();
    });
    worker.on('error', (error) => this.threadFailed(thread, error));
    worker.on('exit', (code) => code !== 0 && this.threadFailed(thread, new Error(`A chart thread stopped with code ${code}`)));
    return thread;
  }

  // A thread that dies takes its tasks with it: fail everything pending rather than wait for ever.
  private threadFailed(thread: Thread, error: Error): void {
    const index = this.threads.indexOf(thread);
    if (index < 0) return;
    this.threads.splice(index, 1);
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    this.queue.length = 0;
  }
}

// Compiled, the thread is plain JavaScript; from TypeScript sources (tests, benchmarks) it needs ts-node.
function threadExecArgv(): string[] {
  return __filename.endsWith('.ts') ? ['--require', 'ts-node/register/transpile-only'] : [];
}
