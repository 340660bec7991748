import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from '@stemme/identity';
import type { AuthenticatedRequest, RequestAuth } from './authenticated-request';

function requestAuth(context: ExecutionContext): RequestAuth {
  const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  // Only a @Public() route can get here without a session: a mistake in the code, not the request.
  if (!auth) throw new Error('@CurrentUser() and @CurrentSession() need a route with a session, not a @Public() one');
  return auth;
}

/** The logged-in user of the request. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => requestAuth(context).user);

/** The user, session id and CSRF token of the request. */
export const CurrentSession = createParamDecorator((_: unknown, context: ExecutionContext): RequestAuth => requestAuth(context));
