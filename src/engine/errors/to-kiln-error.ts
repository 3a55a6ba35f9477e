import { KilnError } from './kiln-error.ts';

/** Wraps anything thrown into a KilnError so every layer above handles one shape. */
export function toKilnError(error: unknown): KilnError {
  if (error instanceof KilnError) return error;
  if (error instanceof Error && error.name === 'AbortError') {
    return new KilnError('cancelled', 'The work was cancelled.', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new KilnError('internal', message || 'Unknown error.', { cause: error });
}
