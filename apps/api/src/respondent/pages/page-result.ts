import type { Response } from 'express';

/** What a respondent page request ends in; the controller only writes it out. */
export type PageResult =
  | { kind: 'html'; status: number; html: string; cookie?: CookieChange; retryAfterSeconds?: number }
  | { kind: 'redirect'; location: string; cookie?: CookieChange };

/** Set the draft cookie to this draft id, or clear it (null). */
export interface CookieChange {
  path: string;
  draftId: string | null;
}

export const DRAFT_COOKIE = 'stemme_form';

/**
 * The only cookie respondents get: the id of their draft, for this link's path only; a session
 * cookie (gone when the browser closes), httpOnly, SameSite=Strict. No tracking, nothing else.
 */
export function draftCookieHeader(change: CookieChange, secure: boolean): string {
  const attributes = [`Path=${change.path}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
  if (change.draftId === null) return [`${DRAFT_COOKIE}=`, 'Max-Age=0', ...attributes].join('; ');
  return [`${DRAFT_COOKIE}=${change.draftId}`, ...attributes].join('; ');
}

export function writePage(response: Response, result: PageResult, secureCookies: boolean): void {
  if (result.cookie) response.setHeader('Set-Cookie', draftCookieHeader(result.cookie, secureCookies));
  if (result.kind === 'redirect') {
    response.redirect(303, result.location);
    return;
  }
  if (result.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(result.retryAfterSeconds));
  response.status(result.status).type('html').send(result.html);
}
