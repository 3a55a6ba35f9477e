import { ProviderFailedError } from '../../engine/errors/index.ts';
import { providerFetch, providerFetchJson } from '../provider-fetch.ts';
import { readStreamLines } from '../read-stream-lines.ts';
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
  return providerFetchJson<OllamaChatResponse>(chatCall(connection, request, false, signal));
}

/** The POST /api/chat call, streamed or not: the two differ only in `stream`. */
function chatCall(connection: OllamaConnection, request: OllamaChatRequest, stream: boolean, signal: AbortSignal | undefined) {
  return {
    fetch: connection.fetch,
    baseURL: connection.baseURL,
    path: '/api/chat',
    provider: connection.provider,
    modelId: request.model,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...request, stream, keep_alive: connection.keepAlive }),
      signal,
    },
  };
}

/** One NDJSON line of a streamed chat: a piece of the message, or the last line with `done: true` and the counts. */
export interface OllamaChatChunk extends Partial<OllamaChatResponse> {
  message?: { role: string; content: string };
  done: boolean;
  /** Ollama reports a failure part way as a line of its own. */
  error?: string;
}

/** POST /api/chat with `stream: true`: one JSON object per line as tokens are generated. */
export async function* ollamaChatStream(connection: OllamaConnection, request: OllamaChatRequest, signal?: AbortSignal): AsyncGenerator<OllamaChatChunk> {
  const response = await providerFetch(chatCall(connection, request, true, signal));
  for await (const line of readStreamLines(response, connection.provider, signal)) {
    if (line.trim() === '') continue;
    let chunk: OllamaChatChunk;
    try {
      chunk = JSON.parse(line) as OllamaChatChunk;
    } catch (error) {
      throw new ProviderFailedError(`${connection.provider} sent a line Kiln could not read: ${line.slice(0, 100)}`, { cause: error });
    }
    if (chunk.error) throw new ProviderFailedError(`${connection.provider} failed part way: ${chunk.error}.`);
    yield chunk;
    if (chunk.done) return;
  }
}
