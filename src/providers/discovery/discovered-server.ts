import type { Capability } from '../spec/index.ts';

/** A model a found server offers, with what it is probably for. */
export interface DiscoveredModel {
  /** The id the server knows it by, e.g. `llama3.2:latest`, `sd_xl_base_1.0.safetensors`. */
  id: string;
  /** Capabilities it likely serves, most likely first; empty when it serves none of Kiln's. */
  capabilities: Capability[];
  /** Why, in a few words (`vision model: can describe pictures`). */
  hint?: string;
}

/** One server that answered (or answered wrongly) at an address discovery looked at. */
export interface DiscoveredServer {
  /** Which kind of server, e.g. `ollama`, `openai-compatible`, `comfyui`, `ankiconnect`. */
  kind: string;
  /** The name people know it by, e.g. `Ollama`, `an OpenAI-compatible server (llama.cpp, vLLM, LM Studio)`. */
  label: string;
  /** Where it answered, e.g. `http://127.0.0.1:11434`. */
  address: string;
  /** `usable`: it answered as its API documents; `unusable`: something answered, but not usefully (see `reason`). */
  state: 'usable' | 'unusable';
  /** Why it cannot be used, in a sentence. */
  reason?: string;
  /** The backend entry to add for it (`{ type: 'ollama', baseURL }`); absent for tools that are not backends (AnkiConnect, OBS). */
  backend?: { type: string } & Record<string, unknown>;
  /** A backend name to suggest, e.g. `ollama`. */
  suggestedName?: string;
  /** Its models, from its own listing endpoint. */
  models: DiscoveredModel[];
  /** What Kiln uses it for when it is not a backend (e.g. `the vocabulary studio's Anki sync`). */
  usedFor?: string;
}
