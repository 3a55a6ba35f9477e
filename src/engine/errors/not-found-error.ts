import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class NotFoundError extends KilnError {
  constructor(what: string, options?: KilnErrorOptions) {
    super('not_found', `${what} was not found.`, options);
    this.name = 'NotFoundError';
  }
}
