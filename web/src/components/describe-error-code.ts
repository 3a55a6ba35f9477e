import { errorCatalogue } from '../../../src/engine/errors/error-catalogue.ts';

/**
 * An error code as the error catalogue's sentence ("A backend could not be reached or is not
 * ready."), so no page shows `provider_unavailable`; an unknown code reads as a plain failure.
 */
export function describeErrorCode(code: string): string {
  return (errorCatalogue as Record<string, { summary: string } | undefined>)[code]?.summary ?? 'Something went wrong.';
}
