import type { CubeGeneration, GroupTable, ResultsTable } from '@stemme/aggregation';
import { ComputedResults, FreshResults } from './fresh-results';

const generation = (foldedCount: number): CubeGeneration => ({ foldedCount, foldedAt: null, checkedAt: null, rebuiltAt: null });
const computed = (foldedCount: number, computedAt: number): ComputedResults => ({
  generation: generation(foldedCount),
  table: {} as GroupTable,
  results: { rows: [], total: {} } as unknown as ResultsTable,
  computedAt,
});

describe('FreshResults', () => {
  let clock = 0;
  const failOnBackgroundError = (error: unknown) => {
    throw error;
  };
  const fresh = () => new FreshResults(100, 1000, failOnBackgroundError, () => clock);

  it('computes once per cube generation', async () => {
    const results = fresh();
    let computations = 0;
    const compute = async () => {
      computations += 1;
      return computed(10, clock);
    };
    await results.get('q', generation(10), compute);
    await results.get('q', generation(10), compute);
    expect(computations).toBe(1);
  });

  it('serves a table of an older generation computed less than a second ago, and recomputes it meanwhile', async () => {
    const results = fresh();
    clock = 1000;
    await results.get('q', generation(10), async () => computed(10, 1000));
    clock = 1500;
    let finish!: (value: ComputedResults) => void;
    const served = await results.get('q', generation(11), () => new Promise((resolve) => (finish = resolve)));
    expect(served.generation.foldedCount).toBe(10);
    finish(computed(11, 1500));
    await new Promise((resolve) => setImmediate(resolve));
    expect((await results.get('q', generation(11), async () => computed(99, 1500))).generation.foldedCount).toBe(11);
  });

  it('waits for a new table when the one it has is older than that', async () => {
    const results = fresh();
    clock = 1000;
    await results.get('q', generation(10), async () => computed(10, 1000));
    clock = 2500;
    expect((await results.get('q', generation(11), async () => computed(11, 2500))).generation.foldedCount).toBe(11);
  });

  it('lets requests that arrive during a computation share it', async () => {
    const results = fresh();
    let computations = 0;
    const compute = async () => {
      computations += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return computed(5, clock);
    };
    await Promise.all([results.get('q', generation(5), compute), results.get('q', generation(5), compute)]);
    expect(computations).toBe(1);
  });
});
