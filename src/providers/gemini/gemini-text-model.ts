import { InvalidOutputError, UnsafeContentError } from '../../engine/errors/index.ts';
import { providerFetchJson } from '../provider-fetch.ts';
import { parseStructuredOutput } from '../structured-output.ts';
import type { TextGenerateOptions, TextGenerateResult, TextModel } from '../spec/index.ts';
import { remapGeminiError, type GeminiConnection } from './gemini-connection.ts';
import { toGeminiSchema } from './gemini-response-schema.ts';
import { coerceGeminiAnswer } from './coerce-gemini-answer.ts';
import { geminiThinking } from './gemini-thinking.ts';

interface GenerateContentResponse {
  candidates?: { content?: { parts?: { text?: string; thought?: boolean }[] }; finishReason?: string }[];
  promptFeedback?: { blockReason?: string };
  usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number };
}

/** Finish reasons that mean Gemini withheld the answer on policy grounds. */
const withheld = new Set(['SAFETY', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'SPII', 'RECITATION', 'IMAGE_SAFETY']);

/** `models/{model}:generateContent`; with a schema, JSON output constrained by `responseSchema`. */
export function createGeminiTextModel(connection: GeminiConnection, modelId: string): TextModel {
  return {
    provider: connection.provider,
    modelId,
    async generate(options: TextGenerateOptions): Promise<TextGenerateResult> {
      const { schema } = options;
      const path = `/v1beta/models/${encodeURIComponent(modelId)}:generateContent`;
      const thinking = geminiThinking(modelId, options.maxTokens);
      const body = {
        ...(options.system ? { systemInstruction: { parts: [{ text: options.system }] } } : {}),
        contents: [{ role: 'user', parts: [{ text: options.prompt }] }],
        generationConfig: {
          temperature: options.temperature,
          maxOutputTokens: thinking.maxOutputTokens,
          seed: options.seed,
          ...(thinking.thinkingConfig ? { thinkingConfig: thinking.thinkingConfig } : {}),
          ...(schema ? { responseMimeType: 'application/json', responseSchema: toGeminiSchema(schema) } : {}),
        },
      };
      const response = await providerFetchJson<GenerateContentResponse>({
        fetch: connection.fetch,
        baseURL: connection.baseURL,
        path,
        provider: connection.provider,
        modelId,
        init: { method: 'POST', headers: { ...connection.headers(), 'content-type': 'application/json' }, body: JSON.stringify(body), signal: options.abortSignal },
      }).catch((error: unknown) => {
        throw remapGeminiError(error, connection.provider);
      });
      const blockReason = response.promptFeedback?.blockReason;
      if (blockReason) {
        throw new UnsafeContentError(`${connection.provider} refused the request (blocked: ${blockReason}). Try a gentler idea.`, {
          details: { provider: connection.provider, blockReason },
        });
      }
      const candidate = response.candidates?.[0];
      if (candidate?.finishReason && withheld.has(candidate.finishReason)) {
        throw new UnsafeContentError(`${connection.provider} withheld its answer (${candidate.finishReason}). Try a gentler idea.`, {
          details: { provider: connection.provider, finishReason: candidate.finishReason },
        });
      }
      // Thought summaries (`thought: true`) are not the answer.
      let text = (candidate?.content?.parts ?? []).filter((part) => !part.thought).map((part) => part.text ?? '').join('');
      if (!candidate || (!text && !schema)) {
        const cutShort = candidate?.finishReason === 'MAX_TOKENS' ? ' (it reached maxOutputTokens before writing any; raise maxTokens)' : '';
        throw new InvalidOutputError(`${connection.provider} answered generateContent without any text${cutShort}.`);
      }
      if (schema) text = coerceEnums(text, schema);
      const usage = response.usageMetadata;
      return {
        text,
        json: schema ? parseStructuredOutput(text, schema, connection.provider) : undefined,
        usage: usage ? { inputTokens: usage.promptTokenCount, outputTokens: usage.candidatesTokenCount } : undefined,
        warnings: [],
      };
    },
  };
}

/** The answer with Gemini's string enums turned back into the schema's numbers and booleans; text that is not JSON is left for the parser to report. */
function coerceEnums(text: string, schema: TextGenerateOptions['schema']): string {
  try {
    return JSON.stringify(coerceGeminiAnswer(JSON.parse(text), schema));
  } catch {
    return text;
  }
}
