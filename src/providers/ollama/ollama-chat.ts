import { providerFetchJson } from '../provider-fetch.ts';
import type { JsonSchema } from '../spec/index.ts';

/** How the Ollama models of one backend reach the server. */
export interface OllamaConnection {
  provider: string;
  /** e.g. `http://127.0.0.1:11434`. */
  baseURL: string;
  fetch: typeof fetch;
  /** How long Ollama keeps the model loaded after a call (`5m`, `-1`); Ollama's default when absent. */
  keepAlive?: string;
}

export interface OllamaMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
  /** Base64 pictures, for vision models. */
  images?: string[];
}

export interface OllamaChatRequest {
  model: string;
  messages: OllamaMessage[];
  /** A JSON schema the answer must follow (Ollama constrains decoding to it). */
  format?: JsonSchema;
  options?: { seed?: number; temperature?: number; num_predict?: number };
}

export interface OllamaChatResponse {
  message: { role: string; content: string };
  done_reason?: string;
  prompt_eval_count?: number;
  eval_count?: number;
}

/** POST /api/chat without streaming: one JSON answer per call. */
export function ollamaChat(connection: OllamaConnection, request: OllamaChatRequest, signal?: AbortSignal): Promise<OllamaChatResponse> {
  return providerFetchJson<OllamaChatResponse>({
    fetch: connection.fetch,
    baseURL: connection.baseURL,
    path: '/api/chat',
    provider: connection.provider,
    modelId: request.model,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...request, stream: false, keep_alive: connection.keepAlive }),
      signal,
    },
  });
}
