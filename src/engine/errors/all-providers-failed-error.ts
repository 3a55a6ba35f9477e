import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class AllProvidersFailedError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('all_providers_failed', message, options);
    this.name = 'AllProvidersFailedError';
  }
}
