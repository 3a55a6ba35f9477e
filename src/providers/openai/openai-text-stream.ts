import { ProviderFailedError } from '../../engine/errors/index.ts';
import { providerFetch } from '../provider-fetch.ts';
import { readStreamEvents } from '../read-stream-events.ts';
import type { TextStreamOptions, TextStreamPart } from '../spec/index.ts';
import type { OpenAIConnection } from './openai-connection.ts';

interface ChatCompletionChunk {
  choices?: { delta?: { content?: string | null } }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  error?: { message?: string };
}

/**
 * POST /chat/completions with `stream: true`: server-sent events, one `data:` line per chunk, each
 * with the next tokens in `choices[0].delta.content`, ending with `data: [DONE]`. Read directly
 * rather than through the AI SDK's streamText, so a dropped connection and an abort surface as
 * Kiln's errors the moment they happen.
 */
export async function* streamOpenAIChat(connection: OpenAIConnection, modelId: string, options: TextStreamOptions): AsyncGenerator<TextStreamPart> {
  const messages = [...(options.system ? [{ role: 'system', content: options.system }] : []), { role: 'user', content: options.prompt }];
  const response = await providerFetch({
    fetch: connection.fetch,
    baseURL: connection.baseURL,
    path: '/chat/completions',
    provider: connection.provider,
    modelId,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...connection.headers() },
      body: JSON.stringify({
        model: modelId,
        messages,
        max_tokens: options.maxTokens,
        temperature: options.temperature,
        seed: options.seed,
        stream: true,
        stream_options: { include_usage: true },
      }),
      signal: options.abortSignal,
    },
  });
  let text = '';
  let usage: { inputTokens?: number; outputTokens?: number } | undefined;
  for await (const event of readStreamEvents(response, connection.provider, options.abortSignal)) {
    const data = event.data.trim();
    if (data === '[DONE]') break;
    let chunk: ChatCompletionChunk;
    try {
      chunk = JSON.parse(data) as ChatCompletionChunk;
    } catch (error) {
      throw new ProviderFailedError(`${connection.provider} sent a stream event Kiln could not read: ${data.slice(0, 100)}`, { cause: error });
    }
    if (chunk.error) throw new ProviderFailedError(`${connection.provider} failed part way: ${chunk.error.message ?? 'no reason given'}.`);
    if (chunk.usage) usage = { inputTokens: chunk.usage.prompt_tokens, outputTokens: chunk.usage.completion_tokens };
    const delta = chunk.choices?.[0]?.delta?.content;
    if (delta) {
      text += delta;
      yield { type: 'text-delta', text: delta };
    }
  }
  options.abortSignal?.throwIfAborted();
  yield { type: 'finish', text, usage, warnings: [] };
}
