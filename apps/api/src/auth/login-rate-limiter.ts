import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, REDIS, TooManyRequestsError } from '@stemme/platform';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';

/**
 * Counts an attempt and starts the window on the first one. Answers the attempts so far and the
 * seconds until the window ends.
 */
const COUNT_ATTEMPT = `
local attempts = redis.call('INCR', KEYS[1])
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {attempts, ttl}`;

/** Redis must answer within this time, or the limit is skipped for this attempt. */
const REDIS_TIMEOUT_MS = 3000;

/**
 * Failed logins per account e-mail, counted in Redis: after loginMaxAttempts failures within
 * loginWindowSeconds every attempt is refused with 429, even with the right password, until the
 * window passes. A successful login clears the count. Keyed by a hash of the e-mail only (never
 * the client address), and unknown addresses count like known ones, so a 429 reveals nothing.
 *
 * An attempt is counted before the password is checked, so parallel guesses cannot slip past the
 * limit. When Redis does not answer, logging in still works: the limit fails open with a warning.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly logger = new Logger(LoginRateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Counts an attempt for this account; throws TooManyRequestsError when too many have failed. */
  async countAttempt(email: string): Promise<void> {
    const { loginMaxAttempts, loginWindowSeconds } = this.config.auth;
    const counted = await this.tryRedis('count a login attempt', () =>
      this.redis.eval(COUNT_ATTEMPT, 1, this.key(email), loginWindowSeconds) as Promise<[number, number]>,
    );
    if (!counted) return;
    const [attempts, secondsLeft] = counted;
    if (attempts > loginMaxAttempts) {
      throw new TooManyRequestsError('Too many failed log-in attempts for this account. Try again later.', Math.max(1, secondsLeft));
    }
  }

  /** Forgets the failed attempts of an account after a successful login. */
  async reset(email: string): Promise<void> {
    await this.tryRedis('reset the login attempts', () => this.redis.del(this.key(email)));
  }

  private key(email: string): string {
    return `${this.config.redis.queuePrefix}:login-attempts:${createHash('sha256').update(email).digest('hex')}`;
  }

  private async tryRedis<T>(what: string, command: () => Promise<T>): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS);
    });
    try {
      return await Promise.race([command(), timeout]);
    } catch (error) {
      this.logger.warn(`Could not ${what} in Redis, so the login rate limit is not applied: ${(error as Error).message}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}
