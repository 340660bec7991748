/** One detail of a failed request: where (a field or JSON path) and what is wrong. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/**
 * Errors that services throw for rules of the domain. The HTTP layer maps each kind to a status
 * in one place (HttpErrorFilter); services never build HTTP responses themselves.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  constructor(message: string, readonly details: ErrorDetail[] = []) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends DomainError {
  readonly status = 400;
}
export class NotAuthenticatedError extends DomainError {
  readonly status = 401;
}
export class ForbiddenError extends DomainError {
  readonly status = 403;
}
export class NotFoundError extends DomainError {
  readonly status = 404;
}
export class ConflictError extends DomainError {
  readonly status = 409;
}
/** The resource existed but is gone for good (a closed survey link). */
export class GoneError extends DomainError {
  readonly status = 410;
}
/** Well-formed input that breaks a rule of the domain (an invalid questionnaire, a wrong answer). */
export class UnprocessableError extends DomainError {
  readonly status = 422;
}
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}
