import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, REDIS } from '@stemme/platform';
import type { Redis } from 'ioredis';
import { RespondentLimits } from './respondent-limits';

export type LimitedAction = 'submit' | 'start' | 'code';

/** Adds this instance's new requests to the second's count and answers the count of all instances. */
const ADD_TO_WINDOW = `
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
if count == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], 2000) end
return count`;

/** How often this instance tells Redis what it let through, and hears what all instances did. */
export const SYNC_INTERVAL_MS = 20;
const REDIS_TIMEOUT_MS = 250;

/** One link's one action in one second, as this instance knows it. */
interface Window {
  key: string;
  second: number;
  /** All instances' count at the last sync (this instance's earlier requests included). */
  counted: number;
  /** This instance's requests since the last sync. */
  pending: number;
  syncing: boolean;
}

/**
 * A fixed one-second window per link and action, counted in Redis across every API instance and
 * keyed by the link only: a respondent's address is never looked at.
 *
 * Each request is decided at once from the last known total plus this instance's requests since;
 * the count goes to Redis at most every SYNC_INTERVAL_MS, so a rush costs Redis a few commands a
 * second, not one per request. Other instances are seen up to that interval late, so a window may
 * let a little more than the limit through. When Redis does not answer, the limit counts this
 * instance only, and respondents are never refused for it (fail open).
 */
@Injectable()
export class LinkRateLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger(LinkRateLimiter.name);
  private readonly windows = new Map<string, Window>();
  private lastWarning = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly limits: RespondentLimits,
    private readonly config: AppConfig,
  ) {
    this.redis.defineCommand('stemmeAddToWindow', { numberOfKeys: 1, lua: ADD_TO_WINDOW });
  }

  /** True when the request may go ahead; otherwise the next second's window is the earliest chance. */
  allow(action: LimitedAction, linkId: string): boolean {
    const second = Math.floor(Date.now() / 1000);
    const id = `${action}:${linkId}`;
    let window = this.windows.get(id);
    if (!window || window.second !== second) {
      window = { key: `${this.config.redis.queuePrefix}:link-rate:${action}:${linkId}:${second}`, second, counted: 0, pending: 0, syncing: false };
      this.windows.set(id, window);
    }
    if (window.counted + window.pending >= this.limitOf(action)) return false;
    window.pending++;
    this.timer ??= setTimeout(() => this.syncAll(), SYNC_INTERVAL_MS);
    return true;
  }

  /** For people: over the limit, wait once for the next second (a moment's pause, not a lost page). */
  async allowOrWait(action: LimitedAction, linkId: string): Promise<boolean> {
    if (this.allow(action, linkId)) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + Math.random() * 200));
    return this.allow(action, linkId);
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  private syncAll(): void {
    this.timer = undefined;
    const current = Math.floor(Date.now() / 1000);
    for (const [id, window] of this.windows) {
      if (window.second < current - 1) this.windows.delete(id);
      else if (window.pending > 0 && !window.syncing) this.sync(window);
    }
  }

  private async sync(window: Window): Promise<void> {
    const added = window.pending;
    window.pending = 0;
    window.syncing = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      const command = (this.redis as unknown as { stemmeAddToWindow: (key: string, count: number) => Promise<number> }).stemmeAddToWindow(window.key, added);
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS)));
      window.counted = Math.max(window.counted + added, await Promise.race([command, timeout]));
    } catch (error) {
      window.counted += added;
      this.warnSometimes(error as Error);
    } finally {
      clearTimeout(timer);
      window.syncing = false;
      if (window.pending > 0) this.timer ??= setTimeout(() => this.syncAll(), SYNC_INTERVAL_MS);
    }
  }

  private limitOf(action: LimitedAction): number {
    if (action === 'submit') return this.limits.submissionsPerLinkPerSecond;
    if (action === 'start') return this.limits.formStartsPerLinkPerSecond;
    return this.limits.codeAttemptsPerLinkPerSecond;
  }

  /** Once a minute at most: a Redis outage under a rush must not flood the log. */
  private warnSometimes(error: Error): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(`Redis did not take the per-link request counts; limiting by this instance's counts only: ${error.message}`);
  }
}
