import { InvalidOutputError, UnsafeContentError } from '../../engine/errors/index.ts';
import { providerFetchJson } from '../provider-fetch.ts';
import { parseStructuredOutput } from '../structured-output.ts';
import type { TextGenerateOptions, TextGenerateResult, TextModel } from '../spec/index.ts';
import { remapGeminiError, type GeminiConnection } from './gemini-connection.ts';
import { toGeminiSchema } from './gemini-response-schema.ts';

interface GenerateContentResponse {
  candidates?: { content?: { parts?: { text?: string }[] }; finishReason?: string }[];
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
      const body = {
        ...(options.system ? { systemInstruction: { parts: [{ text: options.system }] } } : {}),
        contents: [{ role: 'user', parts: [{ text: options.prompt }] }],
        generationConfig: {
          temperature: options.temperature,
          maxOutputTokens: options.maxTokens,
          seed: options.seed,
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
      const text = (candidate?.content?.parts ?? []).map((part) => part.text ?? '').join('');
      if (!candidate || (!text && !schema)) throw new InvalidOutputError(`${connection.provider} answered generateContent without any text.`);
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
