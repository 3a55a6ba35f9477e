import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

/** The object store holding assets failed mid-request: nothing was recorded, and trying again may succeed. */
export class StorageUnavailableError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('storage_unavailable', message, { isRetryable: true, ...options });
    this.name = 'StorageUnavailableError';
  }
}
