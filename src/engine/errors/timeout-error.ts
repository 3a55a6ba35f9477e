import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class TimeoutError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('timeout', message, { isRetryable: true, ...options });
    this.name = 'TimeoutError';
  }
}
