/**
 * The one error type domain code throws for input it cannot accept. `code` is one of the application's error codes
 * (the server maps it to an HTTP status in one place), `reason` names the check that failed, and the message says
 * what was wrong and what to do. Each area subclasses it with its own reasons.
 */
export type DomainErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT';

export class DomainError<Reason extends string = string> extends Error {
  readonly code: DomainErrorCode;
  readonly reason: Reason;

  constructor(reason: Reason, message: string, code: DomainErrorCode = 'INVALID_INPUT') {
    super(message);
    this.name = new.target.name;
    this.reason = reason;
    this.code = code;
  }
}
