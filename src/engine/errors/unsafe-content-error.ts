import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class UnsafeContentError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('unsafe_content', message, options);
    this.name = 'UnsafeContentError';
  }
}
