import type { AppConfig } from '@stemme/platform';
import type { Redis } from 'ioredis';
import { LinkRateLimiter, SYNC_INTERVAL_MS } from './link-rate-limiter';
import { DEFAULT_RESPONDENT_LIMITS } from './respondent-limits';

/** Redis as the limiter uses it: one script that adds to a key and answers the total. */
function fakeRedis(behaviour: { othersPerSync?: number; down?: boolean } = {}) {
  const totals = new Map<string, number>();
  const calls: [string, number][] = [];
  const redis = {
    defineCommand: () => undefined,
    stemmeAddToWindow: async (key: string, count: number) => {
      calls.push([key, count]);
      if (behaviour.down) throw new Error('Connection is closed.');
      const total = (totals.get(key) ?? 0) + count + (behaviour.othersPerSync ?? 0);
      totals.set(key, total);
      return total;
    },
  };
  return { redis: redis as unknown as Redis, calls };
}

const config = { redis: { queuePrefix: 'test' } } as AppConfig;
const limiter = (redis: Redis, submissionsPerLinkPerSecond = 5) => new LinkRateLimiter(redis, { ...DEFAULT_RESPONDENT_LIMITS, submissionsPerLinkPerSecond }, config);
const settle = async () => {
  await jest.advanceTimersByTimeAsync(SYNC_INTERVAL_MS);
};

describe('LinkRateLimiter', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date('2026-03-15T12:00:00.100Z'));
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('lets the limit through in a second and refuses the rest, link by link', () => {
    const { redis } = fakeRedis();
    const limits = limiter(redis);
    expect(Array.from({ length: 7 }, () => limits.allow('submit', 'link-a'))).toEqual([true, true, true, true, true, false, false]);
    expect(limits.allow('submit', 'link-b')).toBe(true);
  });

  it('starts again in the next second', () => {
    const { redis } = fakeRedis();
    const limits = limiter(redis, 1);
    expect(limits.allow('submit', 'link-a')).toBe(true);
    expect(limits.allow('submit', 'link-a')).toBe(false);
    jest.setSystemTime(new Date('2026-03-15T12:00:01.000Z'));
    expect(limits.allow('submit', 'link-a')).toBe(true);
  });

  it('tells Redis what it let through in one command per interval, keyed by link and second only', async () => {
    const { redis, calls } = fakeRedis();
    const limits = limiter(redis);
    limits.allow('submit', 'link-a');
    limits.allow('submit', 'link-a');
    limits.allow('submit', 'link-a');
    await settle();
    expect(calls).toEqual([['test:link-rate:submit:link-a:1773576000', 3]]);
  });

  it('counts what other instances let through once it has heard from Redis', async () => {
    const { redis } = fakeRedis({ othersPerSync: 4 });
    const limits = limiter(redis);
    expect(limits.allow('submit', 'link-a')).toBe(true);
    await settle();
    expect(limits.allow('submit', 'link-a')).toBe(false);
  });

  it('lets requests through while Redis is away, limited by its own count', async () => {
    const { redis } = fakeRedis({ down: true });
    const limits = limiter(redis, 2);
    expect(limits.allow('submit', 'link-a')).toBe(true);
    await settle();
    expect(limits.allow('submit', 'link-a')).toBe(true);
    expect(limits.allow('submit', 'link-a')).toBe(false);
  });
});
