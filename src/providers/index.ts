import { videoCandidates, type KilnConfig } from '../config/index.ts';
import type { ProviderRegistry } from '../runtime/contracts.ts';
import type { BackendFactory } from './backend.ts';
import { createAzureContentSafetyBackend, type AzureContentSafetyBackendSettings } from './azure/azure-content-safety-backend.ts';
import { createAzureVisionBackend, type AzureVisionBackendSettings } from './azure/azure-vision-backend.ts';
import { automatic1111SettingsSchema, comfyUiSettingsSchema } from '../config/config-file-schema.ts';
import { createAutomatic1111Backend } from './automatic1111/automatic1111-backend.ts';
import { createBuiltinBackend } from './builtin/builtin-backend.ts';
import { checkedBackendSettings } from './checked-backend-settings.ts';
import { createComfyUiBackend } from './comfyui/comfyui-backend.ts';
import { createGeminiBackend, type GeminiBackendSettings } from './gemini/gemini-backend.ts';
import { createLlamaCppBackend, type LlamaCppBackendSettings } from './llamacpp/llamacpp-backend.ts';
import { createLlamaGuardBackend, type LlamaGuardBackendSettings } from './llama-guard/llama-guard-backend.ts';
import { createOllamaBackend } from './ollama/ollama-backend.ts';
import { createOpenAIBackend, type OpenAIBackendSettings } from './openai/openai-backend.ts';
import { createRegistry } from './registry.ts';
import { createStyleBertVits2Backend, type StyleBertVits2BackendSettings } from './style-bert-vits2/style-bert-vits2-backend.ts';
import { createUnknownBackend } from './unknown-backend.ts';

export type { Backend, BackendFactory, BackendStatus, BackendBaseSettings } from './backend.ts';
export { createRegistry, parseCandidate, type RegistryOptions } from './registry.ts';
export { BuiltinModelCatalog, createBuiltinModelCatalog, type BuiltinModelFactory } from './builtin/builtin-models.ts';
export { studioModelCatalog } from './builtin/studio-model-catalog.ts';
export { createBuiltinBackend } from './builtin/builtin-backend.ts';
export { createOpenAIBackend } from './openai/openai-backend.ts';
export { createOllamaBackend } from './ollama/ollama-backend.ts';
export { createLlamaCppBackend } from './llamacpp/llamacpp-backend.ts';

/** The factory for each backend `type` in the config. The config has checked each entry's settings. */
export const backendFactories: Record<string, BackendFactory> = {
  builtin: (settings) => createBuiltinBackend(settings),
  openai: (settings) => createOpenAIBackend(settings as unknown as OpenAIBackendSettings),
  ollama: (settings) => createOllamaBackend(settings),
  llamacpp: (settings) => createLlamaCppBackend(settings as unknown as LlamaCppBackendSettings),
  'azure-content-safety': (settings) => createAzureContentSafetyBackend(settings as unknown as AzureContentSafetyBackendSettings),
  'azure-vision': (settings) => createAzureVisionBackend(settings as unknown as AzureVisionBackendSettings),
  gemini: (settings) => createGeminiBackend(settings as unknown as GeminiBackendSettings),
  'llama-guard': (settings) => createLlamaGuardBackend(settings as unknown as LlamaGuardBackendSettings),
  automatic1111: (settings) => createAutomatic1111Backend(checkedBackendSettings(automatic1111SettingsSchema, settings)),
  comfyui: (settings) => createComfyUiBackend(checkedBackendSettings(comfyUiSettingsSchema, settings)),
  'style-bert-vits2': (settings) => createStyleBertVits2Backend(settings as unknown as StyleBertVits2BackendSettings),
};

export interface CreateProviderRegistryOptions {
  /** Replaces the global fetch for every HTTP backend (tests). */
  fetch?: typeof fetch;
  /** Where `apiKeyEnv` is looked up; `process.env` when absent. */
  env?: Record<string, string | undefined>;
  /** More backend types (plugins), or replacements for the built-in factories. */
  factories?: Record<string, BackendFactory>;
  /** How long one backend's health check may take. */
  healthTimeoutMs?: number;
}

/** Makes every configured backend and the registry that serves the configured fallback lists. */
export function createProviderRegistry(config: KilnConfig, options: CreateProviderRegistryOptions = {}): ProviderRegistry {
  const factories = { ...backendFactories, ...options.factories };
  const backends = Object.entries(config.backends).map(([name, { type, ...settings }]) => {
    const factory = factories[type];
    if (!factory) return createUnknownBackend(name, type, Object.keys(factories));
    return factory({ ...settings, name, fetch: options.fetch, env: options.env });
  });
  // An empty video list still finds the ComfyUI video workflows configured (videoCandidates says why).
  const capabilities = { ...config.capabilities, video: videoCandidates(config) };
  return createRegistry({ backends, capabilities, healthTimeoutMs: options.healthTimeoutMs });
}
