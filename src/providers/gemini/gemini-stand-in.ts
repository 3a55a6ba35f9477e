/**
 * A stand-in for Google's Gemini API on 127.0.0.1, for contract tests. It speaks the documented
 * REST shapes (`models/{model}:generateContent`, `models`), checks the `x-goog-api-key` header, and,
 * like the real service, refuses a `responseSchema` holding fields its Schema type lacks. Answers
 * come from the request: text echoes the prompt, JSON fits the asked schema.
 */
import { exampleFromSchema } from '../stand-in/example-from-schema.ts';
import { pause, startStandIn, type StandIn, type StandInResponse } from '../stand-in/start-stand-in.ts';

export interface GeminiStandInOptions {
  apiKey: string;
  delayMs?: number;
}

/** `blocked-model` blocks every prompt; `broken-json` ignores the JSON format. */
export const geminiStandInModels = ['gemini-test', 'broken-json', 'blocked-model'];
const schemaFields = new Set([
  'type', 'format', 'title', 'description', 'nullable', 'enum', 'maxItems', 'minItems', 'properties', 'required', 'minProperties',
  'maxProperties', 'minLength', 'maxLength', 'pattern', 'example', 'anyOf', 'propertyOrdering', 'default', 'items', 'minimum', 'maximum',
]);
const error = (code: number, status: string, message: string): StandInResponse => ({ status: code, body: { error: { code, message, status } } });

/** The first field the Schema type lacks, with where it is, as the service reports it. */
function unknownSchemaField(schema: any, at: string): string | undefined {
  for (const [key, value] of Object.entries(schema ?? {})) {
    if (!schemaFields.has(key)) return `Unknown name "${key}" at '${at}': Cannot find field.`;
    if (key === 'properties') {
      for (const [name, property] of Object.entries(value as object)) {
        const found = unknownSchemaField(property, `${at}.properties[${name}].value`);
        if (found) return found;
      }
    }
    if (key === 'items') return unknownSchemaField(value, `${at}.items`);
  }
  return undefined;
}

const lowerTypes = (schema: any): any =>
  schema && typeof schema === 'object'
    ? Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === 'type' ? String(value).toLowerCase() : key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([name, inner]) => [name, lowerTypes(inner)])) : key === 'items' ? lowerTypes(value) : value]))
    : schema;

export async function startGeminiStandIn(options: GeminiStandInOptions): Promise<StandIn> {
  return startStandIn(async (request) => {
    if (options.delayMs) await pause(options.delayMs);
    if (request.headers['x-goog-api-key'] !== options.apiKey) return error(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.');
    if (request.method === 'GET' && request.path === '/v1beta/models') {
      return { body: { models: geminiStandInModels.map((model) => ({ name: `models/${model}`, supportedGenerationMethods: ['generateContent'] })) } };
    }
    const match = /^\/v1beta\/models\/([^/:]+):generateContent$/.exec(request.path);
    if (request.method !== 'POST' || !match) return error(404, 'NOT_FOUND', 'Requested entity was not found.');
    const model = decodeURIComponent(match[1]);
    if (!geminiStandInModels.includes(model)) return error(404, 'NOT_FOUND', `models/${model} is not found for API version v1beta, or is not supported for generateContent.`);
    const body = request.json();
    const config = body.generationConfig ?? {};
    const problem = config.responseSchema ? unknownSchemaField(config.responseSchema, 'generation_config.response_schema') : undefined;
    if (problem) return error(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. ${problem}`);
    const prompt: string = body.contents?.at(-1)?.parts?.map((part: { text?: string }) => part.text ?? '').join('') ?? '';
    if (model === 'blocked-model') return { body: { promptFeedback: { blockReason: 'SAFETY' }, usageMetadata: { promptTokenCount: 3 } } };
    const words = prompt.split(/\s+/).filter(Boolean);
    let text: string;
    if (model === 'broken-json') text = '```json\n{"unfinished": ';
    else if (config.responseMimeType === 'application/json' && config.responseSchema) text = JSON.stringify(exampleFromSchema(lowerTypes(config.responseSchema), words.slice(0, 4)));
    else text = `You said: ${prompt}`.split(' ').slice(0, config.maxOutputTokens ?? Infinity).join(' ');
    return {
      body: {
        candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }],
        usageMetadata: { promptTokenCount: words.length, candidatesTokenCount: text.split(/\s+/).length, totalTokenCount: words.length + text.split(/\s+/).length },
        modelVersion: model,
      },
    };
  });
}
