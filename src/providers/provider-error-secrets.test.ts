import { describe, expect, it } from 'vitest';
import { azurePost, createAzureConnection } from './azure/azure-request.ts';
import { createGeminiConnection } from './gemini/gemini-connection.ts';
import { createOpenAIConnection } from './openai/openai-connection.ts';
import { createOpenAIImageModel } from './openai/openai-image-model.ts';
import { createOpenAITextModel } from './openai/openai-text-model.ts';
import { providerFetch } from './provider-fetch.ts';

const key = 'sk-live-0123456789abcdef';
const env = { KEY: key };

/** A server that refuses the key and, as some OpenAI-compatible proxies do, quotes it back. */
const echoingFetch: typeof fetch = async () =>
  new Response(JSON.stringify({ error: { message: `Incorrect API key provided: ${key}.` } }), { status: 401, headers: { 'content-type': 'application/json' } });

async function messageOf(call: () => Promise<unknown>): Promise<string> {
  const error = await call().then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(Error);
  return `${(error as Error).message} ${JSON.stringify((error as { details?: unknown }).details ?? {})}`;
}

describe('a backend that quotes the API key back in its error', () => {
  it('never puts the key in the error of an OpenAI-compatible call (providerFetch)', async () => {
    const connection = createOpenAIConnection({ name: 'openai', baseURL: 'http://127.0.0.1:9/v1', apiKeyEnv: 'KEY', env, fetch: echoingFetch });
    const message = await messageOf(() => createOpenAIImageModel(connection, 'gpt-image-1').generate({ prompt: 'a cat' } as never));
    expect(message).toContain('Incorrect API key provided');
    expect(message).not.toContain(key);
  });

  it('never puts the key in the error of an OpenAI chat call (AI SDK)', async () => {
    const connection = createOpenAIConnection({ name: 'openai', baseURL: 'http://127.0.0.1:9/v1', apiKeyEnv: 'KEY', env, fetch: echoingFetch });
    const message = await messageOf(() => createOpenAITextModel(connection, 'gpt-4o-mini').generate({ prompt: 'hello' } as never));
    expect(message).toContain('Incorrect API key provided');
    expect(message).not.toContain(key);
  });

  it('never puts the key in the error of a Gemini call', async () => {
    const connection = createGeminiConnection({ name: 'gemini', apiKeyEnv: 'KEY', env, fetch: echoingFetch });
    const message = await messageOf(() => providerFetch({ fetch: connection.fetch, baseURL: connection.baseURL, path: '/v1beta/models', provider: 'gemini', init: { headers: connection.headers() } }));
    expect(message).not.toContain(key);
  });

  it('never puts the key in the error of an Azure call', async () => {
    const connection = createAzureConnection({ name: 'azure', endpoint: 'http://127.0.0.1:9', apiKeyEnv: 'KEY', env, fetch: echoingFetch });
    const message = await messageOf(() => azurePost(connection, { path: '/contentsafety/text:analyze', body: '{}', contentType: 'application/json', modelId: 'content-safety' }));
    expect(message).not.toContain(key);
  });
});
