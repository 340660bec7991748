/**
 * A small least-recently-used cache whose entries have a weight (e.g. table rows), so that a
 * few large results cannot take all the memory. Entries whose key changes when their data does
 * (a cube generation in the key) never need to be invalidated, only to fall out.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private total = 0;

  constructor(
    private readonly capacity: number,
    private readonly weightOf: (value: V) => number = () => 1,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const weight = this.weightOf(value);
    if (weight > this.capacity) return;
    const existing = this.entries.get(key);
    if (existing) {
      this.entries.delete(key);
      this.total -= existing.weight;
    }
    this.entries.set(key, { value, weight });
    this.total += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.capacity) break;
      this.entries.delete(oldest);
      this.total -= entry.weight;
    }
  }

  async getOrCompute(key: string, compute: () => Promise<V>): Promise<V> {
    const kept = this.get(key);
    if (kept !== undefined) return kept;
    const value = await compute();
    this.set(key, value);
    return value;
  }
}
