import { ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Backend, BackendBaseSettings, BackendStatus } from '../backend.ts';
import { probeRemoteHealth } from '../probe-remote-health.ts';
import { providerFetchJson } from '../provider-fetch.ts';
import type { Capability, ModelByCapability } from '../spec/index.ts';
import type { OllamaConnection } from './ollama-chat.ts';
import { createOllamaDescriptionModel } from './ollama-description-model.ts';
import { createOllamaTextModel } from './ollama-text-model.ts';

export interface OllamaBackendSettings extends BackendBaseSettings {
  /** The server, `http://127.0.0.1:11434` by default. */
  baseURL?: string;
  /** How long Ollama keeps a model loaded after a call, e.g. `10m`. */
  keepAlive?: string;
}

export const defaultOllamaURL = 'http://127.0.0.1:11434';

/** Ollama through its native API, which unlike its /v1 also takes pictures for vision models. */
export function createOllamaBackend(settings: OllamaBackendSettings = {}): Backend {
  const name = settings.name ?? 'ollama';
  const connection: OllamaConnection = {
    provider: name,
    baseURL: (settings.baseURL ?? defaultOllamaURL).replace(/\/+$/, ''),
    fetch: settings.fetch ?? globalThis.fetch,
    keepAlive: settings.keepAlive,
  };
  const get = <T>(path: string, signal: AbortSignal) =>
    providerFetchJson<T>({ fetch: connection.fetch, baseURL: connection.baseURL, path, provider: name, init: { signal } });

  return {
    name,
    type: 'ollama',
    capabilities: ['text', 'description'],
    model<C extends Capability>(capability: C, modelId: string): ModelByCapability[C] {
      if (capability === 'text') return createOllamaTextModel(connection, modelId) as ModelByCapability[C];
      if (capability === 'description') return createOllamaDescriptionModel(connection, modelId) as ModelByCapability[C];
      throw new ProviderUnsupportedError(`${name} (ollama) does not serve ${capability}.`, { details: { provider: name, capability } });
    },
    async health(signal: AbortSignal): Promise<BackendStatus> {
      return probeRemoteHealth(async () => {
        await get<{ version: string }>('/api/version', signal);
        const tags = await get<{ models?: unknown[] }>('/api/tags', signal);
        if (!tags.models?.length) {
          return { state: 'unavailable', reason: `${name} has no models pulled yet: run \`ollama pull <model>\`.`, device: 'remote' };
        }
      });
    },
  };
}
