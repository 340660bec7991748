import type { AuthenticatedUser } from '@stemme/identity';
import type { Request } from 'express';

/** What the session guard learns about a request and attaches to it. */
export interface RequestAuth {
  user: AuthenticatedUser;
  sessionId: string;
  csrfToken: string;
}

export type AuthenticatedRequest = Request & { auth?: RequestAuth };
