// One class per kind of failure the code throws on purpose; each fixes its code so call sites stay short.
import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class BadInputError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('bad_input', message, options);
    this.name = 'BadInputError';
  }
}

export class NotFoundError extends KilnError {
  constructor(what: string, options?: KilnErrorOptions) {
    super('not_found', `${what} was not found.`, options);
    this.name = 'NotFoundError';
  }
}

export class UnauthorizedError extends KilnError {
  constructor(message = 'Sign in first: send a valid bearer token in the Authorization header.', options?: KilnErrorOptions) {
    super('unauthorized', message, options);
    this.name = 'UnauthorizedError';
  }
}

export class PayloadTooLargeError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('payload_too_large', message, options);
    this.name = 'PayloadTooLargeError';
  }
}

export class UnsupportedMediaTypeError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('unsupported_media_type', message, options);
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** A backend is down, not loaded or not configured: the fallback list moves to the next one. */
export class ProviderUnavailableError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('provider_unavailable', message, { isRetryable: true, ...options });
    this.name = 'ProviderUnavailableError';
  }
}

/** A backend does not offer this capability or option: the fallback list moves to the next one. */
export class ProviderUnsupportedError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('provider_unsupported', message, options);
    this.name = 'ProviderUnsupportedError';
  }
}

/** A backend answered, but with an error (HTTP 5xx, a crash): retried by the runner, not a fallback. */
export class ProviderFailedError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('provider_failed', message, { isRetryable: true, ...options });
    this.name = 'ProviderFailedError';
  }
}

export class AllProvidersFailedError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('all_providers_failed', message, options);
    this.name = 'AllProvidersFailedError';
  }
}

export class InvalidOutputError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('invalid_output', message, { isRetryable: true, ...options });
    this.name = 'InvalidOutputError';
  }
}

export class MediaError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('media_failed', message, options);
    this.name = 'MediaError';
  }
}

export class CancelledError extends KilnError {
  constructor(message = 'The job was cancelled.', options?: KilnErrorOptions) {
    super('cancelled', message, options);
    this.name = 'CancelledError';
  }
}

export class TimeoutError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('timeout', message, { isRetryable: true, ...options });
    this.name = 'TimeoutError';
  }
}

export class ConfigError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('config_invalid', message, options);
    this.name = 'ConfigError';
  }
}

export class ConflictError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('conflict', message, options);
    this.name = 'ConflictError';
  }
}

export class UnsafeContentError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('unsafe_content', message, options);
    this.name = 'UnsafeContentError';
  }
}
