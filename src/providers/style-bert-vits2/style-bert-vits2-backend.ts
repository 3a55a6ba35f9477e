/**
 * Style-Bert-VITS2's FastAPI server (`python server_fastapi.py`, port 5000 by default) as a speech
 * backend: expressive Japanese voices, usually on a GPU. Models are addressed by the server's
 * model id (`GET /models/info` keys) or by model name, e.g. `sbv2:0` or `sbv2:jvnv-F1-jp`; the call's
 * `voice` is a speaker id or name. Built from the server's documented API (`GET /voice` with
 * text, model_id/model_name, speaker_id/speaker_name, style, language, length → WAV).
 */
import type { Backend, BackendBaseSettings, BackendStatus } from '../backend.ts';
import { probeRemoteHealth } from '../probe-remote-health.ts';
import { providerFetch, providerFetchJson } from '../provider-fetch.ts';
import { singleCapabilityBackend } from '../single-capability-backend.ts';
import type { ProviderWarning, SpeechModel, SpeechOptions, SpeechResult } from '../spec/index.ts';

export interface StyleBertVits2BackendSettings extends BackendBaseSettings {
  /** The server, e.g. `http://127.0.0.1:5000`. */
  baseURL: string;
  /** The style (a key of the model's style2id), `Neutral` when absent. */
  style?: string;
  /** How strongly the style colours the voice, the server's default (1) when absent. */
  styleWeight?: number;
}

/** One loaded model as `/models/info` lists it. */
export interface StyleBertVits2ModelInfo {
  device?: string;
  spk2id?: Record<string, number>;
  style2id?: Record<string, number>;
}

/** Kiln's BCP 47 languages → the server's `Languages` enum. */
const languages: Record<string, string> = { ja: 'JP', en: 'EN', zh: 'ZH' };

export function createStyleBertVits2Backend(settings: StyleBertVits2BackendSettings): Backend {
  const name = settings.name ?? 'style-bert-vits2';
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  const baseURL = settings.baseURL.replace(/\/+$/, '');

  const speechModel = (modelId: string): SpeechModel => ({
    provider: name,
    modelId,
    async speak(options: SpeechOptions): Promise<SpeechResult> {
      const warnings: ProviderWarning[] = [];
      const query = new URLSearchParams({ text: options.text, style: settings.style ?? 'Neutral' });
      query.set(/^\d+$/.test(modelId) ? 'model_id' : 'model_name', modelId);
      if (options.voice) query.set(/^\d+$/.test(options.voice) ? 'speaker_id' : 'speaker_name', options.voice);
      const language = options.language ? languages[options.language.toLowerCase().split('-')[0]] : 'JP';
      if (!language) warnings.push({ setting: 'language', message: `Style-Bert-VITS2 speaks Japanese, English and Chinese; ${options.language} was read as Japanese.` });
      query.set('language', language ?? 'JP');
      // The server's `length` is a duration factor: twice the speed is half the length.
      if (options.speed) query.set('length', String(Math.round((1 / options.speed) * 100) / 100));
      if (settings.styleWeight !== undefined) query.set('style_weight', String(settings.styleWeight));
      const response = await providerFetch({
        fetch: fetchImpl,
        baseURL,
        path: `/voice?${query}`,
        provider: name,
        modelId,
        init: { method: 'GET', headers: { accept: 'audio/wav' }, signal: options.abortSignal },
      });
      const data = new Uint8Array(await response.arrayBuffer());
      return { audio: { data, mediaType: 'audio/wav' }, timings: [], warnings };
    },
  });

  return singleCapabilityBackend({
    name,
    type: 'style-bert-vits2',
    capability: 'speech',
    makeModel: speechModel,
    async health(signal: AbortSignal): Promise<BackendStatus> {
      return probeRemoteHealth(async () => {
        const models = await providerFetchJson<Record<string, StyleBertVits2ModelInfo>>({
          fetch: fetchImpl, baseURL, path: '/models/info', provider: name, init: { signal },
        });
        const loaded = Object.values(models);
        if (loaded.length === 0) return { state: 'unavailable', reason: `${name} has no voice models in its model_assets folder.`, device: 'remote' };
        return { state: 'ready', device: loaded.some((model) => model.device?.startsWith('cuda')) ? 'cuda' : 'remote' };
      });
    },
  });
}
