import { ProviderUnavailableError } from '../engine/errors/index.ts';

/**
 * The key a cloud backend signs with, read from environment variable `apiKeyEnv` on each call so a
 * rotated key needs no restart. Without one the backend cannot answer: unavailable, so the fallback moves on.
 */
export function requiredApiKey(settings: { name: string; apiKeyEnv: string }, env: Record<string, string | undefined>): string {
  const key = env[settings.apiKeyEnv];
  if (!key) {
    throw new ProviderUnavailableError(
      `${settings.name} needs an API key: set the environment variable ${settings.apiKeyEnv} (its apiKeyEnv).`,
      { details: { provider: settings.name, apiKeyEnv: settings.apiKeyEnv } },
    );
  }
  return key;
}
