import { Injectable } from '@nestjs/common';
import { AppConfig } from '@stemme/platform';
import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'stemme_session';

/**
 * The session cookie: httpOnly (page scripts cannot read it), SameSite=Strict (other sites'
 * requests do not carry it) and Secure when the config says the site is served over HTTPS.
 */
@Injectable()
export class SessionCookie {
  constructor(private readonly config: AppConfig) {}

  read(request: Request): unknown {
    return (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  }

  set(response: Response, token: string): void {
    response.cookie(SESSION_COOKIE, token, { ...this.options(), maxAge: this.config.auth.sessionTtlHours * 3600 * 1000 });
  }

  clear(response: Response): void {
    response.clearCookie(SESSION_COOKIE, this.options());
  }

  private options(): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.config.auth.cookieSecure, path: '/' };
  }
}
