import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../../shared/errors';
import { limits } from '../../shared/limits';
import { DomainError } from '../../domain/common/domain-error';
import { AppError, httpStatusOf } from '../errors';

function body(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Turns every error into `{ error: { code, message, details? } }`; stack traces stay in the log. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(httpStatusOf[error.code]).send(body(error.code, error.message, error.details));
    }
    // Pure domain code refuses input with its own error type; its code maps through the same table.
    if (error instanceof DomainError) {
      return reply.status(httpStatusOf[error.code]).send(body(error.code, error.message));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({
        path: `${error.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.')}`,
        message: v.message,
      }));
      const first = details[0];
      const message = first ? `Invalid ${first.path}: ${first.message}` : 'The request is invalid.';
      return reply.status(422).send(body('INVALID_INPUT', message, details));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return reply.status(500).send(body('INTERNAL', 'Something went wrong on our side. It has been logged.'));
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send(body('PAYLOAD_TOO_LARGE', `The request body is too large (JSON bodies up to ${limits.jsonBodyBytes / 1024 / 1024} MB; imports up to ${limits.importFileBytes / 1024 / 1024} MB).`));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send(body('UNSUPPORTED_MEDIA_TYPE', `This endpoint does not accept ${request.headers['content-type'] ?? 'that content type'}.`));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply.status(422).send(body('INVALID_INPUT', 'The request body is not valid JSON.'));
      case 'FST_ERR_RATE_LIMITED':
        return reply.status(429).send(body('RATE_LIMITED', 'Too many attempts. Wait a minute and try again.'));
    }
    if (error.statusCode === 429) return reply.status(429).send(body('RATE_LIMITED', 'Too many attempts. Wait a minute and try again.'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(422).send(body('INVALID_INPUT', error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', 'Something went wrong on our side. It has been logged.'));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('NOT_FOUND', `There is no ${request.method} ${request.url.split('?')[0]}.`));
  });
}
