import type { Backend, BackendBaseSettings, BackendStatus } from '../backend.ts';
import { probeRemoteHealth } from '../probe-remote-health.ts';
import { providerFetch } from '../provider-fetch.ts';
import { singleCapabilityBackend } from '../single-capability-backend.ts';
import { createGeminiConnection } from './gemini-connection.ts';
import { createGeminiTextModel } from './gemini-text-model.ts';

export interface GeminiBackendSettings extends BackendBaseSettings {
  /** The API's address; Google's public endpoint when absent. */
  baseURL?: string;
  /** The environment variable holding the Gemini API key. */
  apiKeyEnv: string;
}

/** Google's Gemini API (generativelanguage.googleapis.com) as a `text` backend, e.g. `gemini:gemini-2.5-flash`. */
export function createGeminiBackend(settings: GeminiBackendSettings): Backend {
  const name = settings.name ?? 'gemini';
  const connection = createGeminiConnection({ ...settings, name });
  return singleCapabilityBackend({
    name,
    type: 'gemini',
    capability: 'text',
    makeModel: (modelId) => createGeminiTextModel(connection, modelId),
    // Listing models is free and checks both the address and the key.
    async health(signal: AbortSignal): Promise<BackendStatus> {
      return probeRemoteHealth(async () => {
        await providerFetch({ fetch: connection.fetch, baseURL: connection.baseURL, path: '/v1beta/models', provider: name, init: { headers: connection.headers(), signal } });
      });
    },
  });
}
