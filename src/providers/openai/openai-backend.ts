import { ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Backend, BackendBaseSettings, BackendStatus } from '../backend.ts';
import { probeRemoteHealth } from '../probe-remote-health.ts';
import { providerFetch } from '../provider-fetch.ts';
import type { Capability, ModelByCapability } from '../spec/index.ts';
import { createOpenAIConnection } from './openai-connection.ts';
import { createOpenAIImageModel } from './openai-image-model.ts';
import { createOpenAISpeechModel } from './openai-speech-model.ts';
import { createOpenAITextModel } from './openai-text-model.ts';
import { createOpenAITranscriptionModel } from './openai-transcription-model.ts';

export interface OpenAIBackendSettings extends BackendBaseSettings {
  /** e.g. `http://127.0.0.1:11434/v1` (Ollama), `http://127.0.0.1:8080/v1` (llama.cpp); a bare host gets `/v1`. */
  baseURL: string;
  /** The environment variable holding the API key; keyless local servers need none. */
  apiKeyEnv?: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** The voice when a call names none; `alloy` (OpenAI's; Kokoro-FastAPI maps it too). */
  voice?: string;
}

const served: readonly Capability[] = ['text', 'image', 'speech', 'transcription'];

/** Any server speaking the OpenAI REST API: Ollama's /v1, llama.cpp's server, vLLM, LM Studio, Kokoro-FastAPI, whisper servers. */
export function createOpenAIBackend(settings: OpenAIBackendSettings): Backend {
  const name = settings.name ?? 'openai';
  const connection = createOpenAIConnection({ ...settings, name });
  const makers: Partial<{ [C in Capability]: (modelId: string) => ModelByCapability[C] }> = {
    text: (modelId) => createOpenAITextModel(connection, modelId),
    image: (modelId) => createOpenAIImageModel(connection, modelId),
    speech: (modelId) => createOpenAISpeechModel(connection, modelId, settings.voice ?? 'alloy'),
    transcription: (modelId) => createOpenAITranscriptionModel(connection, modelId),
  };

  return {
    name,
    type: 'openai',
    capabilities: served,
    model<C extends Capability>(capability: C, modelId: string): ModelByCapability[C] {
      const make = makers[capability];
      if (!make) throw new ProviderUnsupportedError(`${name} (openai) does not serve ${capability}.`, { details: { provider: name, capability } });
      return make(modelId);
    },
    async health(signal: AbortSignal): Promise<BackendStatus> {
      return probeRemoteHealth(async () => {
        await providerFetch({
          fetch: connection.fetch,
          baseURL: connection.baseURL,
          path: '/models',
          provider: name,
          init: { headers: connection.headers(), signal },
        });
      });
    },
  };
}
