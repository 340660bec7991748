import { ForbiddenError } from '@stemme/platform';
import { sameSecret } from './session-token';

export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request can change something and so must prove it comes from our own pages. */
export function needsCsrfToken(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * The synchronizer-token check: the header must carry the session's CSRF token, which a page on
 * another site cannot read. Throws ForbiddenError saying what is missing.
 */
export function assertCsrfToken(header: string | undefined, sessionCsrfToken: string): void {
  if (!header) {
    throw new ForbiddenError(`Missing ${CSRF_HEADER} header: send the csrfToken from POST /api/auth/login or GET /api/auth/me with every change`);
  }
  if (!sameSecret(header, sessionCsrfToken)) {
    throw new ForbiddenError(`The ${CSRF_HEADER} header does not match this session: fetch the current csrfToken from GET /api/auth/me`);
  }
}
