/**
 * Group commit: items that arrive while earlier batches are still being written are written
 * together, in one statement and one commit. At low load an item goes alone at once (no waiting
 * for company); under load the batches grow by themselves. Each caller still gets its own
 * result, and one item that fails does not fail the others: a failed batch is retried one item
 * at a time.
 */
export interface GroupCommitOptions {
  maxBatchSize: number;
  /** Batches written at the same time (database connections used). */
  maxConcurrentBatches: number;
}

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<T, R> {
  private readonly waiting: Waiting<T, R>[] = [];
  private running = 0;

  /** `write` answers one result per item, in the same order. */
  constructor(
    private readonly write: (items: T[]) => Promise<R[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.startBatches();
    });
  }

  /** Items waiting for a batch, and batches being written. */
  get load(): { waiting: number; running: number } {
    return { waiting: this.waiting.length, running: this.running };
  }

  private startBatches(): void {
    while (this.running < this.options.maxConcurrentBatches && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatchSize);
      this.running++;
      this.writeBatch(batch).finally(() => {
        this.running--;
        this.startBatches();
      });
    }
  }

  private async writeBatch(batch: Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.write(batch.map((entry) => entry.item));
      batch.forEach((entry, index) => entry.resolve(results[index]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      await Promise.all(batch.map((entry) => this.writeBatch([entry])));
    }
  }
}
