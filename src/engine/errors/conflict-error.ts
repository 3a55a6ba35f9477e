import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class ConflictError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('conflict', message, options);
    this.name = 'ConflictError';
  }
}
