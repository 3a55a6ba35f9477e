import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class BadInputError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('bad_input', message, options);
    this.name = 'BadInputError';
  }
}
