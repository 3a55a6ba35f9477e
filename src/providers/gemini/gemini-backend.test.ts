import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textConformance } from '../conformance/text.conformance.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import type { StandIn } from '../testing/start-stand-in.ts';
import { createGeminiBackend } from './gemini-backend.ts';
import { toGeminiSchema } from './gemini-response-schema.ts';
import { startGeminiStandIn } from './testing/gemini-stand-in.ts';

const env = { GEMINI_KEY: 'gemini-stand-in-key' };
let standIn: StandIn;
let slowStandIn: StandIn;
let closedURL: string;

beforeAll(async () => {
  standIn = await startGeminiStandIn({ apiKey: env.GEMINI_KEY });
  slowStandIn = await startGeminiStandIn({ apiKey: env.GEMINI_KEY, delayMs: 3000 });
  closedURL = await closedPortURL();
});
afterAll(async () => {
  await standIn.close();
  await slowStandIn.close();
});

const backend = (baseURL = standIn.origin, keys: Record<string, string | undefined> = env) => createGeminiBackend({ name: 'gemini', baseURL, apiKeyEnv: 'GEMINI_KEY', env: keys });
const label = 'gemini backend, contract test against local stand-in';

textConformance(label, {
  model: () => backend().model('text', 'gemini-test'),
  slow: () => backend(slowStandIn.origin).model('text', 'gemini-test'),
  unreachable: () => backend(closedURL).model('text', 'gemini-test'),
  provider: 'gemini',
  modelId: 'gemini-test',
});

// Gemini 2.5 Pro thinks before every answer; the conformance suite's short limits only fit when the
// thinking budget is set and the limit raised (without it the stand-in, like the service, answers nothing).
textConformance(`${label}, gemini-2.5-pro thinking`, {
  model: () => backend().model('text', 'gemini-2.5-pro'),
  provider: 'gemini',
  modelId: 'gemini-2.5-pro',
});

describe(`${label}: requests and error mapping`, () => {
  it('gives 2.5 models a thinking budget and room for it in maxOutputTokens', async () => {
    const flash = await backend().model('text', 'gemini-2.5-flash').generate({ prompt: 'a fox story', maxTokens: 8 });
    expect(standIn.requests.at(-1)!.json().generationConfig).toMatchObject({ maxOutputTokens: 8, thinkingConfig: { thinkingBudget: 0 } });
    expect(flash.text).toBe('You said: a fox story');
    const pro = await backend().model('text', 'gemini-2.5-pro').generate({ prompt: 'a fox story', maxTokens: 8 });
    expect(standIn.requests.at(-1)!.json().generationConfig).toMatchObject({ maxOutputTokens: 136, thinkingConfig: { thinkingBudget: 128 } });
    expect(pro.text).toBe('You said: a fox story');
  });

  it('the stand-in, like the service, spends a short limit on thoughts and refuses budget 0 on Pro', async () => {
    const post = (model: string, generationConfig: object) => fetch(`${standIn.origin}/v1beta/models/${model}:generateContent`, {
      method: 'POST', headers: { 'x-goog-api-key': env.GEMINI_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hello' }] }], generationConfig }),
    });
    const starved = await (await post('gemini-2.5-flash', { maxOutputTokens: 8 })).json();
    expect(starved.candidates[0]).toMatchObject({ finishReason: 'MAX_TOKENS' });
    expect(starved.candidates[0].content.parts).toBeUndefined();
    const refused = await post('gemini-2.5-pro', { thinkingConfig: { thinkingBudget: 0 } });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatchObject({ status: 'INVALID_ARGUMENT', message: /only works in thinking mode/ });
  });

  it('sends integer enums as strings and gives the answer back as numbers', async () => {
    const schema = { type: 'object', properties: { level: { type: 'integer', enum: [3, 5] }, calm: { type: 'boolean', enum: [true] } }, required: ['level', 'calm'] };
    const result = await backend().model('text', 'gemini-test').generate({ prompt: 'how loud', schema });
    expect(standIn.requests.at(-1)!.json().generationConfig.responseSchema.properties.level).toEqual({ type: 'string', enum: ['3', '5'] });
    expect(result.json).toEqual({ level: 3, calm: true });
    expect(JSON.parse(result.text)).toEqual(result.json);
  });

  it('the stand-in refuses an enum on a non-string type, as the service does', async () => {
    const response = await fetch(`${standIn.origin}/v1beta/models/gemini-test:generateContent`, {
      method: 'POST', headers: { 'x-goog-api-key': env.GEMINI_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ contents: [{ parts: [{ text: 'x' }] }], generationConfig: { responseMimeType: 'application/json', responseSchema: { type: 'object', properties: { level: { type: 'integer', enum: [3, 5] } } } } }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/properties\[level\]\.value\.enum: only allowed for STRING type/);
  });

  it('sends the system instruction, the prompt, limits and a cleaned responseSchema with the key header', async () => {
    const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { title: { type: 'string' } }, required: ['title'], additionalProperties: false };
    const result = await backend().model('text', 'gemini-test').generate({ system: 'Be brief.', prompt: 'a fox story', schema, maxTokens: 50, temperature: 0.2, seed: 4 });
    const request = standIn.requests.at(-1)!;
    expect(request.path).toBe('/v1beta/models/gemini-test:generateContent');
    expect(request.headers['x-goog-api-key']).toBe('gemini-stand-in-key');
    expect(request.json()).toEqual({
      systemInstruction: { parts: [{ text: 'Be brief.' }] },
      contents: [{ role: 'user', parts: [{ text: 'a fox story' }] }],
      generationConfig: {
        temperature: 0.2, maxOutputTokens: 50, seed: 4, responseMimeType: 'application/json',
        responseSchema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
      },
    });
    expect(result.json).toEqual({ title: 'a fox story' });
    expect(result.usage).toEqual({ inputTokens: 3, outputTokens: 3 });
  });

  it('turns const, nullable types and non-string enums into Gemini’s Schema', () => {
    expect(toGeminiSchema({ type: 'object', properties: { kind: { const: 'scene' }, note: { type: ['string', 'null'] }, level: { type: 'integer', enum: [1, 2] }, count: { type: 'integer', exclusiveMinimum: 0 } } })).toEqual({
      type: 'object',
      properties: { kind: { type: 'string', enum: ['scene'] }, note: { type: 'string', nullable: true }, level: { type: 'string', enum: ['1', '2'] }, count: { type: 'integer', minimum: 0 } },
    });
  });

  it('answers invalid_output when the JSON does not parse or does not fit the schema', async () => {
    const schema = { type: 'object', properties: { title: { type: 'string' } } };
    await expect(backend().model('text', 'broken-json').generate({ prompt: 'x', schema })).rejects.toMatchObject({ code: 'invalid_output', message: /not JSON/ });
    // The stand-in answers the prompt's words as the title; Kiln's own check holds it to the full schema.
    const digitsOnly = { type: 'object', properties: { title: { type: 'string', pattern: '^[0-9]+$' } }, required: ['title'] };
    await expect(backend().model('text', 'gemini-test').generate({ prompt: 'short', schema: digitsOnly })).rejects.toMatchObject({
      code: 'invalid_output', message: /does not fit the schema: title/,
    });
  });

  it('maps a blocked prompt to unsafe_content with the block reason', async () => {
    await expect(backend().model('text', 'blocked-model').generate({ prompt: 'something' })).rejects.toMatchObject({ code: 'unsafe_content', message: /blocked: SAFETY/ });
  });

  it('maps a bad key and a missing key to unavailable, and an unknown model to unavailable', async () => {
    await expect(backend(standIn.origin, { GEMINI_KEY: 'wrong' }).model('text', 'gemini-test').generate({ prompt: 'x' })).rejects.toMatchObject({
      code: 'provider_unavailable', message: /API key not valid/,
    });
    await expect(backend(standIn.origin, {}).model('text', 'gemini-test').generate({ prompt: 'x' })).rejects.toMatchObject({ message: /set the environment variable GEMINI_KEY/ });
    await expect(backend().model('text', 'gemini-9').generate({ prompt: 'x' })).rejects.toMatchObject({ code: 'provider_unavailable', message: /no model gemini-9 ready/ });
  });

  it('serves text only', () => {
    expect(() => backend().model('image', 'x')).toThrow(expect.objectContaining({ code: 'provider_unsupported' }));
  });
});

describe(`${label}: health`, () => {
  it('is ready when the model list answers with the key', async () => {
    expect(await backend().health(AbortSignal.timeout(2000))).toEqual({ state: 'ready', device: 'remote' });
    expect(standIn.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1beta/models' });
  });

  it('is unavailable, with the reason, for a bad key or nothing listening', async () => {
    expect(await backend(standIn.origin, { GEMINI_KEY: 'wrong' }).health(AbortSignal.timeout(2000))).toMatchObject({ state: 'unavailable', reason: /API key not valid/ });
    expect((await backend(closedURL).health(AbortSignal.timeout(2000))).reason).toMatch(/could not be reached/);
  });
});
