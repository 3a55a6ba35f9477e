import { errorCatalogue, type ErrorCode } from './error-catalogue.ts';

export interface KilnErrorOptions {
  /** The error that led to this one, kept for logs and the job record. */
  cause?: unknown;
  /** Overrides the catalogue's default: whether trying again may succeed. */
  isRetryable?: boolean;
  /** Structured facts for the caller (field names, limits, backends tried). Never secrets. */
  details?: Record<string, unknown>;
}

/**
 * The one base error of Kiln. Every error a person can see carries a `code` from the catalogue,
 * which decides its HTTP status, CLI exit code and whether the runner retries it.
 */
export class KilnError extends Error {
  readonly code: ErrorCode;
  readonly isRetryable: boolean;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: KilnErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KilnError';
    this.code = code;
    this.isRetryable = options.isRetryable ?? errorCatalogue[code].retryable;
    this.details = options.details;
  }

  static is(value: unknown): value is KilnError {
    return value instanceof KilnError;
  }
}
