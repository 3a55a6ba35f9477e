import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

/** A backend is down, not loaded or not configured: the fallback list moves to the next one. */
export class ProviderUnavailableError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('provider_unavailable', message, { isRetryable: true, ...options });
    this.name = 'ProviderUnavailableError';
  }
}
