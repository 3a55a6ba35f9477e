export { KilnError, type KilnErrorOptions } from './kiln-error.ts';
export { errorCatalogue, errorCodes, type ErrorCode } from './error-catalogue.ts';
export * from './errors.ts';
export { toKilnError } from './to-kiln-error.ts';
