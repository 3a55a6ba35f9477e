import { KilnError, type KilnErrorOptions } from './kiln-error.ts';

export class ConfigError extends KilnError {
  constructor(message: string, options?: KilnErrorOptions) {
    super('config_invalid', message, options);
    this.name = 'ConfigError';
  }
}
