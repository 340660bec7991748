import { Injectable, NestMiddleware } from '@nestjs/common';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The admin's own policy: nothing inline, nothing from elsewhere, never inside a frame. */
export const ADMIN_CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Paths that belong to the API, the respondent form and the health check, never to the admin. */
const NOT_ADMIN = /^\/(?:api|s|health)(?:\/|$)/;

/** Finds apps/admin/dist from here, whether running from the sources or from the compiled dist/. */
export function findAdminDist(from: string = __dirname): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'admin', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Serves the admin single-page app on the API's origin: its built files, and index.html for any
 * other GET that is not the API's, so that deep links and reloads work. Hashed assets are cached
 * for a year; index.html is checked every time so a new build is picked up at once. When the admin
 * has not been built, requests fall through to the usual 404.
 */
@Injectable()
export class AdminUiMiddleware implements NestMiddleware {
  private dist: string | undefined;
  private assets: RequestHandler | undefined;

  use(request: Request, response: Response, next: NextFunction): void {
    const path = request.originalUrl.split('?')[0];
    if ((request.method !== 'GET' && request.method !== 'HEAD') || NOT_ADMIN.test(path)) return next();
    const dist = this.distDirectory();
    if (!dist) return next();

    response.setHeader('Content-Security-Policy', ADMIN_CONTENT_SECURITY_POLICY);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'same-origin');
    response.setHeader('X-Frame-Options', 'DENY');
    this.assets!(request, response, () => {
      // A missing file (it has an extension) is a 404, never the page in its place.
      if (/\.[a-z0-9]+$/i.test(path)) return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(join(dist, 'index.html'));
    });
  }

  private distDirectory(): string | undefined {
    if (this.dist && existsSync(join(this.dist, 'index.html'))) return this.dist;
    this.dist = findAdminDist();
    this.assets = this.dist
      ? express.static(this.dist, {
          index: false,
          fallthrough: true,
          setHeaders: (response, file) => {
            const hashed = file.includes(`${join('dist', 'assets')}`);
            response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
          },
        })
      : undefined;
    return this.dist;
  }
}
