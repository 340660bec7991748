import type { NextFunction, Request, Response } from 'express';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * API writes must be JSON. An HTML form on another site can post urlencoded or multipart data
 * but never JSON (that needs a CORS preflight we do not grant), so this closes login CSRF and
 * backs up the CSRF token everywhere else. Respondent form posts (/s/...) are not under /api.
 */
export function jsonOnlyForApiWrites(request: Request, response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (request.path.startsWith('/api/') && UNSAFE_METHODS.has(request.method) && hasBody && !request.is('application/json')) {
    response.status(415).json({ status: 415, message: 'Send the request body as JSON (Content-Type: application/json)', details: [] });
    return;
  }
  next();
}
