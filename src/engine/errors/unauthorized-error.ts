import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class UnauthorizedError extends KilnError {
  constructor(message = 'Sign in first: send a valid bearer token in the Authorization header.', options?: KilnErrorOptions) {
    super('unauthorized', message, options);
    this.name = 'UnauthorizedError';
  }
}
