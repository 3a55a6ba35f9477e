import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { APICallError, generateText, jsonSchema, NoObjectGeneratedError, Output, type CallWarning } from 'ai';
import { InvalidOutputError, ProviderFailedError } from '../../engine/errors/index.ts';
import { credentialsOf, errorFromNetwork, errorFromStatus, serverMessageOf } from '../provider-http-error.ts';
import { parseStructuredOutput } from '../structured-output.ts';
import type { ProviderWarning, TextGenerateOptions, TextGenerateResult, TextModel } from '../spec/index.ts';
import type { OpenAIConnection } from './openai-connection.ts';
import { streamOpenAIChat } from './openai-text-stream.ts';

function toWarning(warning: CallWarning): ProviderWarning {
  switch (warning.type) {
    case 'unsupported':
    case 'compatibility':
      return { setting: warning.feature, message: warning.details ?? `${warning.feature} is not supported by this model.` };
    case 'deprecated':
      return { setting: warning.setting, message: warning.message };
    default:
      return { setting: 'other', message: warning.message };
  }
}

/** The key the call was signed with, to keep it out of the error; none when it has since gone from the environment. */
function requestCredentials(connection: OpenAIConnection): string[] {
  try {
    return credentialsOf(connection.headers());
  } catch {
    return [];
  }
}

/** Turns the AI SDK's errors into Kiln's, so fallback and retries read one vocabulary. */
function toKilnError(error: unknown, connection: OpenAIConnection, modelId: string, signal?: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason ?? error;
  if (APICallError.isInstance(error)) {
    if (error.statusCode === undefined) return errorFromNetwork(error.cause ?? error, error.url, connection.provider, signal);
    return errorFromStatus(error.statusCode, serverMessageOf(error.responseBody ?? ''), {
      provider: connection.provider,
      modelId,
      path: '/chat/completions',
      secrets: requestCredentials(connection),
    });
  }
  if (error instanceof Error && error.name.startsWith('AI_')) {
    return new ProviderFailedError(`${connection.provider} gave an answer Kiln could not read: ${error.message}`, { cause: error });
  }
  return error;
}

/**
 * Chat completions through the AI SDK; with a schema, the server is asked for `json_schema` output.
 * `stream` reads the server-sent events of `stream: true` itself.
 */
export function createOpenAITextModel(connection: OpenAIConnection, modelId: string): TextModel {
  return {
    provider: connection.provider,
    modelId,
    async generate(options: TextGenerateOptions): Promise<TextGenerateResult> {
      const { schema, abortSignal } = options;
      try {
        const provider = createOpenAICompatible({
          name: connection.provider,
          baseURL: connection.baseURL,
          // Carries the configured headers and the key (read now, so a rotated key needs no restart).
          headers: connection.headers(),
          fetch: connection.fetch,
          includeUsage: true,
          // Ollama, llama.cpp's server, vLLM and LM Studio all take `response_format: json_schema`.
          supportsStructuredOutputs: true,
        });
        const result = await generateText({
          model: provider.chatModel(modelId),
          system: options.system,
          prompt: options.prompt,
          maxOutputTokens: options.maxTokens,
          temperature: options.temperature,
          seed: options.seed,
          abortSignal,
          // The job runner owns retries; a second layer here would multiply them.
          maxRetries: 0,
          output: schema ? Output.object({ schema: jsonSchema(schema), name: options.schemaName }) : undefined,
        });
        return {
          text: result.text,
          json: schema ? parseStructuredOutput(result.text, schema, connection.provider) : undefined,
          usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens },
          warnings: (result.warnings ?? []).map(toWarning),
        };
      } catch (error) {
        if (schema && NoObjectGeneratedError.isInstance(error)) {
          // Throws the same InvalidOutputError, with its message, as every other backend.
          parseStructuredOutput(error.text ?? '', schema, connection.provider);
          throw new InvalidOutputError(`${connection.provider}: ${error.message}`, { cause: error });
        }
        throw toKilnError(error, connection, modelId, abortSignal);
      }
    },
    stream: (options) => streamOpenAIChat(connection, modelId, options),
  };
}
