import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC_ROUTE, NotAuthenticatedError } from '@stemme/platform';
import type { AuthenticatedRequest } from './authenticated-request';
import { AuthService } from './auth.service';
import { assertCsrfToken, CSRF_HEADER, needsCsrfToken } from './csrf';
import { SessionCookie } from './session-cookie';

/**
 * The global guard: every route needs a valid session unless it is marked @Public(). Requests
 * that can change something must also carry the session's CSRF token. The user is attached to
 * the request for @CurrentUser().
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Only HTTP is served; anything else is refused rather than let through unchecked.
    if (context.getType() !== 'http') return false;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const cookieValue = this.cookie.read(request);
    if (cookieValue === undefined) throw new NotAuthenticatedError('You are not logged in');
    const auth = await this.auth.authenticate(cookieValue);
    if (!auth) throw new NotAuthenticatedError('Your session has ended: log in again');
    if (needsCsrfToken(request.method)) assertCsrfToken(request.get(CSRF_HEADER), auth.csrfToken);
    request.auth = auth;
    return true;
  }
}
