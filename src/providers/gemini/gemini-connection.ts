import { KilnError, ProviderUnavailableError } from '../../engine/errors/index.ts';
import { requiredApiKey } from '../required-api-key.ts';

/** Where the Gemini API is and how requests are signed. */
export interface GeminiConnection {
  provider: string;
  /** e.g. `https://generativelanguage.googleapis.com`, without a trailing slash. */
  baseURL: string;
  fetch: typeof fetch;
  /** The `x-goog-api-key` header, the key read on each call so a rotated key needs no restart. */
  headers(): Record<string, string>;
}

export const geminiDefaultBaseURL = 'https://generativelanguage.googleapis.com';

export function createGeminiConnection(settings: {
  name: string; baseURL?: string; apiKeyEnv: string; fetch?: typeof fetch; env?: Record<string, string | undefined>;
}): GeminiConnection {
  const env = settings.env ?? process.env;
  return {
    provider: settings.name,
    baseURL: (settings.baseURL ?? geminiDefaultBaseURL).replace(/\/+$/, ''),
    fetch: settings.fetch ?? globalThis.fetch,
    headers: () => ({ 'x-goog-api-key': requiredApiKey(settings, env) }),
  };
}

/**
 * Gemini says "bad key" with HTTP 400 (API_KEY_INVALID) and "quota spent" with 429 (RESOURCE_EXHAUSTED):
 * both mean this backend cannot answer now, so the fallback list should move on.
 */
export function remapGeminiError(error: unknown, provider: string): unknown {
  if (!(error instanceof KilnError) || error.code !== 'provider_failed') return error;
  const status = error.details?.status;
  if (status === 429 || (status === 400 && /API key/i.test(error.message))) {
    return new ProviderUnavailableError(error.message, { cause: error, details: { ...error.details, provider } });
  }
  return error;
}
