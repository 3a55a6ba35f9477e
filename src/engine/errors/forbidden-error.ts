import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

/** The caller is known but may not do this (e.g. a non-admin editing the server's settings). */
export class ForbiddenError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('forbidden', message, options);
    this.name = 'ForbiddenError';
  }
}
