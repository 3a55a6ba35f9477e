import { providerFetch } from '../provider-fetch.ts';
import type { ProviderWarning, SpeechModel, SpeechOptions, SpeechResult } from '../spec/index.ts';
import type { OpenAIConnection } from './openai-connection.ts';

/** POST /audio/speech asking for WAV (Kokoro-FastAPI, openedai-speech and OpenAI all offer it). */
export function createOpenAISpeechModel(connection: OpenAIConnection, modelId: string, defaultVoice: string): SpeechModel {
  return {
    provider: connection.provider,
    modelId,
    async speak(options: SpeechOptions): Promise<SpeechResult> {
      const warnings: ProviderWarning[] = [];
      if (options.language) {
        warnings.push({ setting: 'language', message: 'The speech API takes no language; pick a voice for it instead.' });
      }
      const response = await providerFetch({
        fetch: connection.fetch,
        baseURL: connection.baseURL,
        path: '/audio/speech',
        provider: connection.provider,
        modelId,
        init: {
          method: 'POST',
          headers: { ...connection.headers(), 'content-type': 'application/json' },
          body: JSON.stringify({
            model: modelId,
            input: options.text,
            voice: options.voice ?? defaultVoice,
            speed: options.speed,
            response_format: 'wav',
          }),
          signal: options.abortSignal,
        },
      });
      const data = new Uint8Array(await response.arrayBuffer());
      const mediaType = response.headers.get('content-type')?.split(';')[0] || 'audio/wav';
      // The API gives no timings; the caller aligns text by transcribing when it needs them.
      return { audio: { data, mediaType }, timings: [], warnings };
    },
  };
}
