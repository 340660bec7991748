import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, normalizeEmail, PasswordHasher, User, UserRepository, UserSessionRepository } from '@stemme/identity';
import { AppConfig, NotAuthenticatedError } from '@stemme/platform';
import type { RequestAuth } from './authenticated-request';
import { LoginRateLimiter } from './login-rate-limiter';
import { hashSessionToken, looksLikeToken, newSecretToken } from './session-token';

/** The one answer for every failed login, so that it never tells whether an account exists. */
export const WRONG_CREDENTIALS = 'Wrong e-mail address or password';

export interface NewSession extends RequestAuth {
  /** The cookie value; only its hash is stored. */
  token: string;
}

export function toAuthenticatedUser(user: User): AuthenticatedUser {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role };
}

/** Logging in and out, and finding the session behind a cookie. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: UserSessionRepository,
    private readonly passwords: PasswordHasher,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly config: AppConfig,
  ) {}

  /**
   * Checks the password and starts a session. Unknown, wrong and disabled all fail alike with
   * 401 after the same argon2 work; too many failures for the account fail with 429.
   */
  async login(emailAddress: string, password: string): Promise<NewSession> {
    const email = normalizeEmail(emailAddress);
    await this.rateLimiter.countAttempt(email);
    const user = await this.users.findByEmail(email);
    const passwordMatches = user ? await this.passwords.verify(user.passwordHash, password) : await this.passwords.verifyNothing(password);
    if (!user || !passwordMatches || user.disabledAt) throw new NotAuthenticatedError(WRONG_CREDENTIALS);
    await this.rateLimiter.reset(email);

    const token = newSecretToken();
    const csrfToken = newSecretToken();
    const session = await this.sessions.insert({
      userId: user.id,
      tokenHash: hashSessionToken(token),
      csrfToken,
      ttlHours: this.config.auth.sessionTtlHours,
    });
    return { token, csrfToken, sessionId: session.id, user: toAuthenticatedUser(user) };
  }

  /** The session a cookie value names, if it is unexpired and its user is enabled. */
  async authenticate(cookieValue: unknown): Promise<RequestAuth | null> {
    if (!looksLikeToken(cookieValue)) return null;
    const active = await this.sessions.findActive(hashSessionToken(cookieValue));
    if (!active) return null;
    await this.sessions.touch(active.session.id);
    return { sessionId: active.session.id, csrfToken: active.session.csrfToken, user: toAuthenticatedUser(active.user) };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
  }
}
