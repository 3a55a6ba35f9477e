import type { Llama, LlamaGrammar } from 'node-llama-cpp';
import { ProviderUnsupportedError } from '../../engine/errors/index.ts';
import { parseStructuredOutput } from '../structured-output.ts';
import type { TextGenerateOptions, TextGenerateResult, TextModel } from '../spec/index.ts';
import type { LlamaCppEngine } from './llamacpp-engine.ts';

/**
 * Text from the in-process model. With a schema, generation runs under a grammar made from it, so
 * the model can only write JSON of that shape (it can still be cut short by `maxTokens`).
 */
export function createLlamaCppTextModel(engine: LlamaCppEngine, provider: string, modelId: string): TextModel {
  return {
    provider,
    modelId,
    async generate(options: TextGenerateOptions): Promise<TextGenerateResult> {
      const { module, llama, context } = await engine.load();
      let grammar: LlamaGrammar | undefined;
      if (options.schema) {
        try {
          grammar = await llama.createGrammarForJsonSchema(options.schema as Parameters<Llama['createGrammarForJsonSchema']>[0]);
        } catch (error) {
          throw new ProviderUnsupportedError(
            `${provider}: the schema uses JSON schema features llama.cpp grammars cannot express (${error instanceof Error ? error.message : error}).`,
            { cause: error },
          );
        }
      }
      return engine.takeTurn(async () => {
        options.abortSignal?.throwIfAborted();
        const sequence = context.getSequence();
        const session = new module.LlamaChatSession({ contextSequence: sequence, systemPrompt: options.system ?? '' });
        const before = { input: sequence.tokenMeter.usedInputTokens, output: sequence.tokenMeter.usedOutputTokens };
        try {
          const { responseText } = await session.promptWithMeta(options.prompt, {
            maxTokens: options.maxTokens,
            temperature: options.temperature,
            seed: options.seed,
            grammar,
            signal: options.abortSignal,
          });
          return {
            text: responseText,
            json: options.schema ? parseStructuredOutput(responseText, options.schema, provider) : undefined,
            usage: {
              inputTokens: sequence.tokenMeter.usedInputTokens - before.input,
              outputTokens: sequence.tokenMeter.usedOutputTokens - before.output,
            },
            warnings: [],
          };
        } finally {
          // Frees the sequence for the next call; its cached tokens are not reused across calls.
          session.dispose({ disposeSequence: true });
        }
      });
    },
  };
}
