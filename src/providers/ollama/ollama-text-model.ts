import { parseStructuredOutput } from '../structured-output.ts';
import type { TextGenerateOptions, TextGenerateResult, TextModel } from '../spec/index.ts';
import { ollamaChat, type OllamaConnection, type OllamaMessage } from './ollama-chat.ts';

/** Text through Ollama's native chat API; a schema goes in `format`, which Ollama enforces while decoding. */
export function createOllamaTextModel(connection: OllamaConnection, modelId: string): TextModel {
  return {
    provider: connection.provider,
    modelId,
    async generate(options: TextGenerateOptions): Promise<TextGenerateResult> {
      const messages: OllamaMessage[] = [];
      if (options.system) messages.push({ role: 'system', content: options.system });
      messages.push({ role: 'user', content: options.prompt });
      const response = await ollamaChat(
        connection,
        {
          model: modelId,
          messages,
          format: options.schema,
          options: { seed: options.seed, temperature: options.temperature, num_predict: options.maxTokens },
        },
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
  };
}
