import { ProviderUnavailableError } from '../../engine/errors/index.ts';
import { parseStructuredOutput } from '../structured-output.ts';
import type { TextGenerateOptions, TextGenerateResult, TextModel, TextStreamOptions, TextStreamPart } from '../spec/index.ts';
import { ollamaChat, ollamaChatStream, type OllamaConnection, type OllamaMessage } from './ollama-chat.ts';

function messagesOf(options: TextStreamOptions): OllamaMessage[] {
  const messages: OllamaMessage[] = [];
  if (options.system) messages.push({ role: 'system', content: options.system });
  messages.push({ role: 'user', content: options.prompt });
  return messages;
}

const samplingOf = (options: TextStreamOptions) => ({ seed: options.seed, temperature: options.temperature, num_predict: options.maxTokens });

/**
 * Text through Ollama's native chat API; a schema goes in `format`, which Ollama enforces while
 * decoding. `stream` reads the NDJSON lines of `stream: true`.
 */
export function createOllamaTextModel(connection: OllamaConnection, modelId: string): TextModel {
  return {
    provider: connection.provider,
    modelId,
    async generate(options: TextGenerateOptions): Promise<TextGenerateResult> {
      const response = await ollamaChat(
        connection,
        { model: modelId, messages: messagesOf(options), format: options.schema, options: samplingOf(options) },
        options.abortSignal,
      );
      const text = response.message.content;
      return {
        text,
        json: options.schema ? parseStructuredOutput(text, options.schema, connection.provider) : undefined,
        usage: { inputTokens: response.prompt_eval_count, outputTokens: response.eval_count },
        warnings: [],
      };
    },
    async *stream(options: TextStreamOptions): AsyncGenerator<TextStreamPart> {
      let text = '';
      const request = { model: modelId, messages: messagesOf(options), options: samplingOf(options) };
      for await (const chunk of ollamaChatStream(connection, request, options.abortSignal)) {
        const delta = chunk.message?.content ?? '';
        if (delta !== '') {
          text += delta;
          yield { type: 'text-delta', text: delta };
        }
        if (chunk.done) {
          yield { type: 'finish', text, usage: { inputTokens: chunk.prompt_eval_count, outputTokens: chunk.eval_count }, warnings: [] };
          return;
        }
      }
      options.abortSignal?.throwIfAborted();
      throw new ProviderUnavailableError(`${connection.provider} ended its answer without the last line (done: true).`, { details: { provider: connection.provider } });
    },
  };
}
