import { DomainError, UnprocessableError } from '@stemme/platform';

/** An attempt that ran out of time: another would take as long, so it is not retried. */
export class ExportTimeLimitError extends Error {}

export interface FailureOutcome {
  /** Fail the export now, without BullMQ's further attempts. */
  permanent: boolean;
  /** What the export's row says: a rule's own message, never an internal one (SQL, paths). */
  message: string;
}

/**
 * How a failed attempt ends. A rule of the domain (no published questionnaire, too many rows for
 * Excel) or the time limit fails the same way every time: fail now. Anything else (a lost
 * connection, a full disk) may pass: BullMQ tries again with backoff until the last attempt.
 */
export function failureOutcome(error: unknown, attemptsMade: number, attempts: number): FailureOutcome {
  const permanent = error instanceof UnprocessableError || error instanceof ExportTimeLimitError || attemptsMade + 1 >= attempts;
  const message = error instanceof DomainError || error instanceof ExportTimeLimitError ? error.message : 'The export failed unexpectedly (the worker log has the details)';
  return { permanent, message };
}
