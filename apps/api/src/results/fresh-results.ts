import type { CubeGeneration, GroupTable, ResultsTable } from '@stemme/aggregation';
import { BoundedCache } from './bounded-cache';

export interface ComputedResults {
  generation: CubeGeneration;
  table: GroupTable;
  results: ResultsTable;
  /** When the computation read the cube (ms since the epoch). */
  computedAt: number;
}

export const sameGeneration = (a: CubeGeneration, b: CubeGeneration): boolean =>
  a.foldedCount === b.foldedCount && a.rebuiltAt?.getTime() === b.rebuiltAt?.getTime();

/**
 * Results per question and breakdown, recomputed when the cube changes. While responses pour in,
 * folds change the cube several times a second: a table computed less than `serveStaleMs` ago is
 * served meanwhile and recomputed in the background (one recomputation per table at a time), so
 * readers do not wait for work the next fold would undo. The table's own generation goes out
 * with it (`freshness`), so nobody is told it is newer than it is.
 */
export class FreshResults {
  private readonly shelf: BoundedCache<ComputedResults>;
  private readonly underWay = new Map<string, Promise<ComputedResults>>();

  constructor(
    capacityRows: number,
    private readonly serveStaleMs: number,
    private readonly onBackgroundError: (error: unknown) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.shelf = new BoundedCache<ComputedResults>(capacityRows, (computed) => computed.results.rows.length + 1);
  }

  async get(key: string, current: CubeGeneration, compute: () => Promise<ComputedResults>): Promise<ComputedResults> {
    const kept = this.shelf.get(key);
    if (kept && sameGeneration(kept.generation, current)) return kept;
    if (kept && this.now() - kept.computedAt < this.serveStaleMs) {
      this.recompute(key, compute).catch(this.onBackgroundError);
      return kept;
    }
    return this.recompute(key, compute);
  }

  private recompute(key: string, compute: () => Promise<ComputedResults>): Promise<ComputedResults> {
    let running = this.underWay.get(key);
    if (!running) {
      running = compute().then((computed) => {
        this.shelf.set(key, computed);
        return computed;
      });
      const forget = () => this.underWay.delete(key);
      running.then(forget, forget);
      this.underWay.set(key, running);
    }
    return running;
  }
}
