import { GroupCommit } from './group-commit';

/** A writer that records its batches and finishes each when told to. */
function recordingWriter(fail: (item: number) => boolean = () => false) {
  const batches: number[][] = [];
  const finishers: (() => void)[] = [];
  const write = (items: number[]) => {
    batches.push(items);
    return new Promise<string[]>((resolve, reject) => {
      finishers.push(() => (items.some(fail) ? reject(new Error(`bad item in ${items}`)) : resolve(items.map((item) => `stored ${item}`))));
    });
  };
  const finishAll = async () => {
    while (finishers.length) {
      finishers.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { batches, write, finishAll };
}

describe('GroupCommit', () => {
  it('writes an item at once when nothing else is being written', async () => {
    const writer = recordingWriter();
    const commit = new GroupCommit(writer.write, { maxBatchSize: 10, maxConcurrentBatches: 1 });
    const result = commit.submit(1);
    expect(writer.batches).toEqual([[1]]);
    await writer.finishAll();
    await expect(result).resolves.toBe('stored 1');
  });

  it('writes the items that arrive meanwhile together, and gives each caller its own result', async () => {
    const writer = recordingWriter();
    const commit = new GroupCommit(writer.write, { maxBatchSize: 3, maxConcurrentBatches: 1 });
    const results = [1, 2, 3, 4, 5, 6].map((item) => commit.submit(item));
    await writer.finishAll();
    expect(writer.batches).toEqual([[1], [2, 3, 4], [5, 6]]);
    await expect(Promise.all(results)).resolves.toEqual([1, 2, 3, 4, 5, 6].map((item) => `stored ${item}`));
  });

  it('writes up to the allowed number of batches at the same time', () => {
    const writer = recordingWriter();
    const commit = new GroupCommit(writer.write, { maxBatchSize: 10, maxConcurrentBatches: 2 });
    [1, 2, 3, 4].forEach((item) => commit.submit(item));
    expect(writer.batches).toEqual([[1], [2]]);
    expect(commit.load).toEqual({ waiting: 2, running: 2 });
  });

  it('fails only the item that cannot be written: the others of its batch are written alone', async () => {
    const writer = recordingWriter((item) => item === 3);
    const commit = new GroupCommit(writer.write, { maxBatchSize: 10, maxConcurrentBatches: 1 });
    const results = [1, 2, 3, 4].map((item) => commit.submit(item).catch((error: Error) => error.message));
    await writer.finishAll();
    await expect(Promise.all(results)).resolves.toEqual(['stored 1', 'stored 2', 'bad item in 3', 'stored 4']);
    expect(writer.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });
});
