import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorDetail, TooManyRequestsError } from './domain-errors';

/** The one shape of every error the API returns. */
export interface ErrorBody {
  status: number;
  message: string;
  details: ErrorDetail[];
}

function fromHttpException(exception: HttpException): ErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'string') return { status, message: response, details: [] };
  const body = response as { message?: unknown; details?: ErrorDetail[] };
  if (Array.isArray(body.details)) {
    return { status, message: String(body.message ?? exception.message), details: body.details };
  }
  if (Array.isArray(body.message)) {
    // Nest's own validation messages: one detail each.
    return { status, message: 'Invalid request', details: body.message.map((m) => ({ path: '', message: String(m) })) };
  }
  return { status, message: String(body.message ?? exception.message), details: [] };
}

/**
 * Maps every thrown error to { status, message, details }. Unknown errors become a plain 500:
 * no stack trace, SQL or internal message ever reaches a client; they go to the log instead.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    let body: ErrorBody;
    if (exception instanceof DomainError) {
      body = { status: exception.status, message: exception.message, details: exception.details };
      if (exception instanceof TooManyRequestsError) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    } else if (exception instanceof HttpException) {
      body = fromHttpException(exception);
    } else if (isBodyParserError(exception)) {
      body = { status: exception.status, message: exception.status === 413 ? 'The request body is too large' : 'The request body is not valid JSON', details: [] };
    } else {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
      body = { status: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error', details: [] };
    }
    if (response.headersSent) return;
    response.status(body.status).json(body);
  }
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error && typeof (error as { status: unknown }).status === 'number';
}
