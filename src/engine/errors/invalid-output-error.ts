import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class InvalidOutputError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('invalid_output', message, { isRetryable: true, ...options });
    this.name = 'InvalidOutputError';
  }
}
