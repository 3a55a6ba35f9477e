import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

/** A backend does not offer this capability or option: the fallback list moves to the next one. */
export class ProviderUnsupportedError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('provider_unsupported', message, options);
    this.name = 'ProviderUnsupportedError';
  }
}
