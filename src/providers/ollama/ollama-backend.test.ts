import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePicture } from '../conformance/conformance-setup.ts';
import { descriptionConformance } from '../conformance/description.conformance.ts';
import { textConformance } from '../conformance/text.conformance.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import type { StandIn } from '../testing/start-stand-in.ts';
import { createOllamaBackend } from './ollama-backend.ts';
import { startOllamaStandIn } from './testing/ollama-stand-in.ts';

let standIn: StandIn;
let slowStandIn: StandIn;
let closedURL: string;

beforeAll(async () => {
  standIn = await startOllamaStandIn();
  slowStandIn = await startOllamaStandIn({ delayMs: 3000 });
  closedURL = await closedPortURL();
});
afterAll(async () => {
  await standIn.close();
  await slowStandIn.close();
});

const backend = () => createOllamaBackend({ baseURL: standIn.origin, keepAlive: '10m' });
const slow = () => createOllamaBackend({ baseURL: slowStandIn.origin });
const down = () => createOllamaBackend({ baseURL: closedURL });
const label = 'ollama backend, contract test against local stand-in';

textConformance(label, {
  model: () => backend().model('text', 'llama3.2'),
  slow: () => slow().model('text', 'llama3.2'),
  unreachable: () => down().model('text', 'llama3.2'),
  provider: 'ollama',
  modelId: 'llama3.2',
});
descriptionConformance(label, {
  model: () => backend().model('description', 'llava'),
  slow: () => slow().model('description', 'llava'),
  unreachable: () => down().model('description', 'llava'),
  provider: 'ollama',
  modelId: 'llava',
});

describe(`${label}: requests and error mapping`, () => {
  it('calls /api/chat without streaming, with the schema as format and sampling as options', async () => {
    const schema = { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] };
    const result = await backend().model('text', 'llama3.2').generate({ system: 'Be brief.', prompt: 'a fox story', schema, maxTokens: 40, temperature: 0.3, seed: 9 });
    expect(standIn.requests.at(-1)!.json()).toEqual({
      model: 'llama3.2',
      messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'a fox story' }],
      format: schema,
      options: { seed: 9, temperature: 0.3, num_predict: 40 },
      stream: false,
      keep_alive: '10m',
    });
    expect(result.json).toEqual({ title: 'a fox story' });
    // The stand-in counts words: 5 in the messages, 3 in '{"title":"a fox story"}'.
    expect(result.usage).toEqual({ inputTokens: 5, outputTokens: 3 });
  });

  it('sends the picture as base64 and asks for the caption in the requested language', async () => {
    const picture = samplePicture();
    const result = await backend().model('description', 'llava').describe({ image: picture, language: 'fr' });
    const message = standIn.requests.at(-1)!.json().messages[0];
    expect(message.images).toEqual([Buffer.from(picture.data).toString('base64')]);
    expect(message.content).toMatch(/one sentence in French/);
    expect(result).toEqual({ caption: 'A picture 32 pixels wide and 24 pixels high.', tags: ['picture', 'rectangle'], warnings: [] });
  });

  it('answers a model that is not pulled as unavailable, naming it', async () => {
    await expect(backend().model('text', 'mistral').generate({ prompt: 'x' })).rejects.toMatchObject({
      code: 'provider_unavailable',
      message: /no model mistral ready \(HTTP 404\): model "mistral" not found, try pulling it first/,
    });
  });

  it('answers a picture sent to a model without vision as unsupported', async () => {
    await expect(backend().model('description', 'llama3.2').describe({ image: samplePicture() })).rejects.toMatchObject({ code: 'provider_unsupported' });
  });

  it('does not serve capabilities it lacks', () => {
    expect(() => backend().model('speech', 'x')).toThrow(expect.objectContaining({ code: 'provider_unsupported' }));
  });
});

describe(`${label}: health`, () => {
  it('is ready when the server answers and has models', async () => {
    expect(await backend().health(AbortSignal.timeout(2000))).toEqual({ state: 'ready', device: 'remote' });
    expect(standIn.requests.slice(-2).map((request) => request.path)).toEqual(['/api/version', '/api/tags']);
  });

  it('is unavailable when nothing is pulled, saying what to do', async () => {
    const empty = await startOllamaStandIn({ models: [] });
    try {
      const health = await createOllamaBackend({ baseURL: empty.origin }).health(AbortSignal.timeout(2000));
      expect(health).toMatchObject({ state: 'unavailable', reason: expect.stringMatching(/ollama pull/) });
    } finally {
      await empty.close();
    }
  });

  it('is unavailable, with the reason, when nothing listens', async () => {
    const health = await down().health(AbortSignal.timeout(2000));
    expect(health).toMatchObject({ state: 'unavailable', reason: expect.stringMatching(/could not be reached .*ECONNREFUSED/) });
  });
});

describe(`${label}: streaming`, () => {
  it('sends stream: true and yields the NDJSON pieces in order, then the finish with the counts', async () => {
    const parts = [];
    for await (const part of backend().model('text', 'llama3.2').stream!({ prompt: 'one two three', maxTokens: 40 })) parts.push(part);
    expect(standIn.requests.at(-1)!.json()).toMatchObject({ model: 'llama3.2', stream: true, options: { num_predict: 40 } });
    expect(parts.filter((part) => part.type === 'text-delta').map((part) => part.text)).toEqual(['You ', 'said: ', 'one ', 'two ', 'three']);
    expect(parts.at(-1)).toEqual({ type: 'finish', text: 'You said: one two three', usage: { inputTokens: 3, outputTokens: 5 }, warnings: [] });
  });

  it('hands over the first token before the answer is complete, and an abort then stops the HTTP request', async () => {
    const slowStream = await startOllamaStandIn({ streamDelayMs: 50 });
    try {
      const controller = new AbortController();
      const model = createOllamaBackend({ baseURL: slowStream.origin }).model('text', 'llama3.2');
      const iterator = model.stream!({ prompt: 'a b c d e f g h i j k l m n o p', abortSignal: controller.signal })[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toEqual({ type: 'text-delta', text: 'You ' });
      controller.abort();
      // Settles only if the connection closed while the stand-in was still answering.
      await slowStream.requests.at(-1)!.hungUp;
      await expect(iterator.next()).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      await slowStream.close();
    }
  });

  it('maps an unknown model before the first token like generate does', async () => {
    const parts = async () => {
      for await (const part of backend().model('text', 'missing').stream!({ prompt: 'hi' })) void part;
    };
    await expect(parts()).rejects.toHaveProperty('code');
  });
});
