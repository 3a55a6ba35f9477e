import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorCatalogue, KilnError, type ErrorCode } from '../engine/errors/index.ts';
import { formatBytes } from './http/format-bytes.ts';

/** The body of every error answer: what a client shows and what it branches on. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

export interface ErrorHandlerLimits {
  bodyLimitBytes: number;
  uploadLimitBytes: number;
}

export function errorBody(error: KilnError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
}

/**
 * Sends a KilnError in the one error shape, with its catalogue status unless the HTTP exchange
 * needs a more precise one (416 for a range outside the file).
 */
export function sendError(reply: FastifyReply, error: KilnError, status: number = errorCatalogue[error.code].status): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(error));
}

/**
 * The app's one error handler. Fastify's own errors (validation, parsing, limits) become KilnErrors
 * with a sentence saying what to change; anything unexpected becomes `internal` with no message or
 * stack from inside, only the request id to find it in the log.
 */
export function createErrorHandler(limits: ErrorHandlerLimits) {
  return function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
    const kilnError = toHttpError(error, request, limits);
    const status = errorCatalogue[kilnError.code].status;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: kilnError.code, message: kilnError.message }, 'request refused');
    return sendError(reply, kilnError);
  };
}

/**
 * Errors the router finds before any route runs (a path part over 100 characters, a broken
 * percent-escape); Fastify would answer them in its own shape.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const kilnError = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
    ? new KilnError('not_found', 'Nothing is found at this address: a part of the path is longer than 100 characters, and no id is that long.')
    : new KilnError('bad_input', 'The address is not a valid URL: check its percent-escapes (%XX).');
  request.log.info({ code: kilnError.code, message: kilnError.message }, 'request refused');
  return sendError(reply, kilnError);
}

function toHttpError(error: unknown, request: FastifyRequest, limits: ErrorHandlerLimits): KilnError {
  if (error instanceof KilnError) {
    // Wrapped unknown errors carry whatever the failing library said; keep that in the log only.
    if (error.code === 'internal') return internalError(request);
    return error;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = validationPlace(error.validationContext);
    const issues = error.validation.map((issue) => ({ path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'), message: issue.message ?? 'invalid' }));
    const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
    return new KilnError('bad_input', `The ${where} is not valid: ${summary}.`, { details: { issues } });
  }
  // A response that does not fit its schema is a 500 like any other bug, handled below.
  if (!(error instanceof Error)) return internalError(request);
  return fromFastifyError(error as FastifyError, request, limits) ?? internalError(request);
}

function fromFastifyError(error: FastifyError, request: FastifyRequest, limits: ErrorHandlerLimits): KilnError | undefined {
  const contentType = request.headers['content-type'] ?? '(none)';
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new KilnError('payload_too_large', `The body is larger than the limit of ${formatBytes(limits.bodyLimitBytes)}.`, {
        details: { limitBytes: limits.bodyLimitBytes },
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new KilnError('unsupported_media_type', `Content-Type ${contentType} is not accepted here; send application/json.`);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new KilnError('bad_input', 'The body is not as long as its Content-Length header says.');
    case 'FST_REQ_FILE_TOO_LARGE':
      return new KilnError('payload_too_large', `The file is larger than the upload limit of ${formatBytes(limits.uploadLimitBytes)}.`, {
        details: { limitBytes: limits.uploadLimitBytes },
      });
    case 'FST_FILES_LIMIT':
      return new KilnError('bad_input', 'Send one file per upload.');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new KilnError('bad_input', 'The form has too many fields; send one file in a field named `file`.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new KilnError('unsupported_media_type', `Content-Type ${contentType} is not accepted here; send multipart/form-data.`);
    case 'FST_MP_PREMATURE_CLOSE':
      return new KilnError('bad_input', 'The upload ended before the whole file arrived.');
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) return undefined;
  return new KilnError(codeForStatus(status), sentence(error.message));
}

function codeForStatus(status: number): ErrorCode {
  const byStatus: Record<number, ErrorCode> = { 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'payload_too_large', 415: 'unsupported_media_type', 429: 'rate_limited' };
  return byStatus[status] ?? 'bad_input';
}

function internalError(request: FastifyRequest): KilnError {
  return new KilnError('internal', `Something went wrong inside Kiln; the server log has the details (request ${request.id}).`, {
    details: { requestId: request.id },
  });
}

function validationPlace(context: string | undefined): string {
  if (context === 'querystring') return 'query string';
  if (context === 'params') return 'path';
  if (context === 'headers') return 'header set';
  return 'body';
}

function sentence(message: string): string {
  const trimmed = message.trim() || 'The request is not valid';
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
