import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

/** A backend answered, but with an error (HTTP 5xx, a crash): retried by the runner, not a fallback. */
export class ProviderFailedError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('provider_failed', message, { isRetryable: true, ...options });
    this.name = 'ProviderFailedError';
  }
}
