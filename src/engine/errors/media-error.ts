import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class MediaError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('media_failed', message, options);
    this.name = 'MediaError';
  }
}
