import { ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Backend, BackendBaseSettings, BackendStatus } from '../backend.ts';
import { probeRemoteHealth } from '../probe-remote-health.ts';
import { providerFetchJson } from '../provider-fetch.ts';
import { singleCapabilityBackend } from '../single-capability-backend.ts';
import type { CategoryScore, ModerationModel, ModerationOptions, ModerationResult } from '../spec/index.ts';
import { scoresFromCodes } from './llama-guard-categories.ts';
import { llamaGuardPrompt, type LlamaGuardRole } from './llama-guard-prompt.ts';
import { parseLlamaGuardVerdict } from './parse-llama-guard-verdict.ts';

export interface LlamaGuardBackendSettings extends BackendBaseSettings {
  /** The server: Ollama (`http://127.0.0.1:11434`) or an OpenAI-compatible one (`http://host:8000/v1`). */
  baseURL: string;
  /** `ollama` (native `/api/generate`) or `openai` (`/v1/completions`: vLLM, llama.cpp server). */
  api?: 'ollama' | 'openai';
  /** The environment variable holding a bearer token, for servers that want one. */
  apiKeyEnv?: string;
  /** Whose words Kiln's text is judged as: `Agent` (model output, the default) or `User`. */
  role?: LlamaGuardRole;
}

interface OllamaGenerateResponse { response?: string }
interface CompletionResponse { choices?: { text?: string }[] }

/**
 * Llama Guard 3 as a `moderation` backend, for operators who run one (`ollama pull llama-guard3:1b`, or
 * vLLM serving meta-llama/Llama-Guard-3-8B). Text only; it runs after Kiln's local layers, never instead.
 */
export function createLlamaGuardBackend(settings: LlamaGuardBackendSettings): Backend {
  const name = settings.name ?? 'llama-guard';
  const api = settings.api ?? 'ollama';
  const baseURL = settings.baseURL.replace(/\/+$/, '');
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  const env = settings.env ?? process.env;
  const headers = (): Record<string, string> => {
    const key = settings.apiKeyEnv ? env[settings.apiKeyEnv] : undefined;
    return { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
  };
  const call = <T>(path: string, init: RequestInit) =>
    providerFetchJson<T>({ fetch: fetchImpl, baseURL, path, provider: name, init: { ...init, headers: headers() } });

  async function judge(prompt: string, modelId: string, signal?: AbortSignal): Promise<string> {
    if (api === 'ollama') {
      const body = { model: modelId, prompt, raw: true, stream: false, options: { temperature: 0, num_predict: 24 } };
      return (await call<OllamaGenerateResponse>('/api/generate', { method: 'POST', body: JSON.stringify(body), signal })).response ?? '';
    }
    const body = { model: modelId, prompt, max_tokens: 24, temperature: 0 };
    return (await call<CompletionResponse>('/completions', { method: 'POST', body: JSON.stringify(body), signal })).choices?.[0]?.text ?? '';
  }

  function moderationModel(modelId: string): ModerationModel {
    return {
      provider: name,
      modelId,
      inputs: ['text'],
      async moderate(options: ModerationOptions): Promise<ModerationResult> {
        options.abortSignal?.throwIfAborted();
        if (options.image || options.text === undefined) {
          throw new ProviderUnsupportedError(`${name} (llama-guard) checks text only.`, { details: { provider: name, input: 'image' } });
        }
        const answer = await judge(llamaGuardPrompt(options.text, settings.role ?? 'Agent'), modelId, options.abortSignal);
        const verdict = parseLlamaGuardVerdict(answer, `${name}:${modelId}`);
        return { categories: verdict.safe || verdict.codes.length ? scoresFromCodes(verdict.codes) : unnamedHazard(), warnings: [] };
      },
    };
  }

  return singleCapabilityBackend({
    name,
    type: 'llama-guard',
    capability: 'moderation',
    makeModel: moderationModel,
    async health(signal: AbortSignal): Promise<BackendStatus> {
      return probeRemoteHealth(async () => {
        await call(api === 'ollama' ? '/api/tags' : '/models', { signal });
      });
    },
  });
}

/** `unsafe` with no hazard named: every category fails child mode and standard mode alike. */
function unnamedHazard(): CategoryScore[] {
  return scoresFromCodes([]).map((score) => ({ ...score, severity: 6, reasons: ['unsafe (no hazard named)'] }));
}
