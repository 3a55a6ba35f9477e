import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class CancelledError extends KilnError {
  constructor(message = 'The job was cancelled.', options?: KilnErrorOptions) {
    super('cancelled', message, options);
    this.name = 'CancelledError';
  }
}
