import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class UnsupportedMediaTypeError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('unsupported_media_type', message, options);
    this.name = 'UnsupportedMediaTypeError';
  }
}
