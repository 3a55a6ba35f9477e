/**
 * A stand-in for Google's Gemini API on 127.0.0.1, for contract tests. It speaks the documented
 * REST shapes (`models/{model}:generateContent`, `models`), checks the `x-goog-api-key` header, and,
 * like the real service, refuses a `responseSchema` holding fields its Schema type lacks. Answers
 * come from the request: text echoes the prompt, JSON fits the asked schema.
 */
import { exampleFromSchema } from '../../testing/example-from-schema.ts';
import { pause, startStandIn, type StandIn, type StandInResponse } from '../../testing/start-stand-in.ts';

export interface GeminiStandInOptions {
  apiKey: string;
  delayMs?: number;
  /** Answers plain text with this instead of the echo, given the prompt (a classifier's verdict, garbage). */
  reply?: (prompt: string) => string;
}

/**
 * `blocked-model` blocks every prompt; `broken-json` ignores the JSON format. The 2.5 models think as
 * the service's do: thoughts spend `maxOutputTokens` first, Pro refuses a budget of 0 or below 128.
 */
export const geminiStandInModels = ['gemini-test', 'gemini-2.5-flash', 'gemini-2.5-pro', 'broken-json', 'blocked-model'];
/** Tokens a 2.5 model thinks when no budget is set (dynamic thinking), enough to starve a short limit. */
const dynamicThoughtTokens = 300;
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
    if (key === 'items') {
      const found = unknownSchemaField(value, `${at}.items`);
      if (found) return found;
    }
  }
  // The Schema type's enum is for strings only; the service refuses it on any other type.
  if (schema?.enum && String(schema.type ?? 'string').toLowerCase() !== 'string') return `${at}.enum: only allowed for STRING type`;
  return undefined;
}

/** How many tokens a model thinks for, or the 400 the service answers for a budget it does not take. */
function thoughtTokens(model: string, config: any): number | StandInResponse {
  if (!model.startsWith('gemini-2.5-')) return 0;
  const budget = config.thinkingConfig?.thinkingBudget;
  if (budget === undefined || budget === -1) return dynamicThoughtTokens;
  if (model === 'gemini-2.5-pro' && (budget < 128 || budget > 32768)) {
    return error(400, 'INVALID_ARGUMENT', budget === 0 ? 'Budget 0 is invalid. This model only works in thinking mode.' : 'The thinking budget is out of range; the supported values are 128 to 32768.');
  }
  if (model === 'gemini-2.5-flash' && (budget < 0 || budget > 24576)) return error(400, 'INVALID_ARGUMENT', 'The thinking budget is out of range; the supported values are 0 to 24576.');
  return Math.min(budget, dynamicThoughtTokens);
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
    const thoughts = thoughtTokens(model, config);
    if (typeof thoughts !== 'number') return thoughts;
    const limit = (config.maxOutputTokens ?? 65536) - thoughts;
    const prompt: string = body.contents?.at(-1)?.parts?.map((part: { text?: string }) => part.text ?? '').join('') ?? '';
    if (model === 'blocked-model') return { body: { promptFeedback: { blockReason: 'SAFETY' }, usageMetadata: { promptTokenCount: 3 } } };
    const words = prompt.split(/\s+/).filter(Boolean);
    let text: string;
    if (model === 'broken-json') text = '```json\n{"unfinished": ';
    else if (config.responseMimeType === 'application/json' && config.responseSchema) text = JSON.stringify(exampleFromSchema(lowerTypes(config.responseSchema), words.slice(0, 4)));
    else text = options.reply ? options.reply(prompt) : `You said: ${prompt}`;
    const thoughtsUsage = thoughts > 0 ? { thoughtsTokenCount: Math.min(thoughts, config.maxOutputTokens ?? thoughts) } : {};
    // The thoughts spent the whole limit: the service answers no parts at all.
    if (limit <= 0) {
      return { body: { candidates: [{ content: { role: 'model' }, finishReason: 'MAX_TOKENS', index: 0 }], usageMetadata: { promptTokenCount: words.length, ...thoughtsUsage }, modelVersion: model } };
    }
    const tokens = text.split(' ');
    const finishReason = tokens.length > limit ? 'MAX_TOKENS' : 'STOP';
    text = tokens.slice(0, limit).join(' ');
    return {
      body: {
        candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason, index: 0 }],
        usageMetadata: { promptTokenCount: words.length, candidatesTokenCount: text.split(/\s+/).length, totalTokenCount: words.length + text.split(/\s+/).length, ...thoughtsUsage },
        modelVersion: model,
      },
    };
  });
}
