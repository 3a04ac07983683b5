import type { ErrorCode } from '../shared/errors';

/** The one error type services throw: a code, a message a person can act on, and optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'Your role does not allow this.') => new AppError('FORBIDDEN', message);
export const invalidInput = (message: string, details?: unknown) => new AppError('INVALID_INPUT', message, details);
export const conflict = (message: string, details?: unknown) => new AppError('CONFLICT', message, details);

/** The one code → HTTP status table. */
export const httpStatusOf: Record<ErrorCode, number> = {
  INVALID_INPUT: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  CSRF: 403,
  INTERNAL: 500,
};
