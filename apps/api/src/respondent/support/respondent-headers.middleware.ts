import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Only our own files; no inline script or style, no framing, no form posts elsewhere. */
export const RESPONDENT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Headers on every respondent response (HTML and JSON): a strict Content Security Policy, no
 * Referer to anywhere, nothing kept in caches (a shared phone must not show someone's answers).
 */
@Injectable()
export class RespondentHeaders implements NestMiddleware {
  use(_request: Request, response: Response, next: NextFunction): void {
    response.setHeader('Content-Security-Policy', RESPONDENT_CSP);
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    next();
  }
}
