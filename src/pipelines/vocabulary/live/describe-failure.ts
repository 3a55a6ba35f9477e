import { KilnError } from '../../../engine/errors/index.ts';

/** A short sentence for why a model or OBS call failed, fit for the page (no stack, no secrets). */
export function describeFailure(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'no answer in time';
  if (error instanceof KilnError) return error.message.replace(/\.$/, '');
  if (error instanceof Error) return error.name === 'TimeoutError' ? 'no answer in time' : error.message.replace(/\.$/, '');
  return String(error);
}
