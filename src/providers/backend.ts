import type { BackendHealth } from '../runtime/contracts.ts';
import type { Capability, ModelByCapability } from './spec/index.ts';

/** What a backend says about itself; the registry adds its name, type and the models configured for it. */
export type BackendStatus = Pick<BackendHealth, 'state' | 'reason' | 'device'>;

/**
 * One configured source of models: the built-in models, a server (OpenAI-compatible, Ollama) or an
 * in-process engine (llama.cpp). Models are addressed as `name:modelId`.
 */
export interface Backend {
  /** The backend's name in the config, e.g. `ollama`. */
  readonly name: string;
  /** Its kind, e.g. `builtin`, `openai`, `ollama`, `llamacpp`. */
  readonly type: string;
  /** The capabilities it can serve at all. */
  readonly capabilities: readonly Capability[];
  /**
   * A model handle; creating one does no I/O, so it never fails for reachability. Throws
   * ProviderUnsupportedError when the backend does not serve the capability (or has no such model).
   */
  model<C extends Capability>(capability: C, modelId: string): ModelByCapability[C];
  /** Whether it can answer now. Honours `signal`; never throws: problems become `unavailable` with a reason. */
  health(signal: AbortSignal): Promise<BackendStatus>;
  /** Frees what it holds (loaded weights, sockets). */
  close?(): Promise<void>;
}

/** Settings every backend factory receives from the registry, beside its own from the config. */
export interface BackendBaseSettings {
  /** The backend's name in the config; defaults to its type. */
  name?: string;
  /** Replaces the global fetch, so tests need no network. */
  fetch?: typeof fetch;
  /** Where `apiKeyEnv` and similar are looked up; `process.env` when absent. */
  env?: Record<string, string | undefined>;
}

/** Makes a backend from its config entry (`type` plus backend-specific settings). */
export type BackendFactory = (settings: BackendBaseSettings & Record<string, unknown>) => Backend;
