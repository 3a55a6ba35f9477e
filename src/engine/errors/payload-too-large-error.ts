import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class PayloadTooLargeError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('payload_too_large', message, options);
    this.name = 'PayloadTooLargeError';
  }
}
