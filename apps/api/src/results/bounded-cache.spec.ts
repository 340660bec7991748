import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('drops the least recently used entries once the weights pass the capacity', () => {
    const cache = new BoundedCache<number[]>(5, (rows) => rows.length);
    cache.set('a', [1, 2]);
    cache.set('b', [1, 2]);
    cache.get('a');
    cache.set('c', [1, 2]);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual([1, 2]);
    expect(cache.get('c')).toEqual([1, 2]);
  });

  it('never keeps an entry heavier than the whole cache', () => {
    const cache = new BoundedCache<number[]>(2, (rows) => rows.length);
    cache.set('big', [1, 2, 3]);
    expect(cache.get('big')).toBeUndefined();
  });

  it('computes a missing entry once and then answers it from memory', async () => {
    const cache = new BoundedCache<string>(3);
    let computed = 0;
    const compute = async () => `value ${++computed}`;
    expect(await cache.getOrCompute('k', compute)).toBe('value 1');
    expect(await cache.getOrCompute('k', compute)).toBe('value 1');
  });
});
