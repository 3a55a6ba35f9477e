import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageConformance } from '../conformance/image.conformance.ts';
import { speechConformance } from '../conformance/speech.conformance.ts';
import { textConformance } from '../conformance/text.conformance.ts';
import { transcriptionConformance } from '../conformance/transcription.conformance.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import { readPngSize, readWav } from '../testing/media-encoders.ts';
import { createOpenAIBackend, type OpenAIBackendSettings } from './openai-backend.ts';
import { startOpenAIStandIn, type OpenAIStandIn } from './testing/openai-stand-in.ts';

let standIn: OpenAIStandIn;
let slowStandIn: OpenAIStandIn;
let closedURL: string;

beforeAll(async () => {
  standIn = await startOpenAIStandIn();
  slowStandIn = await startOpenAIStandIn({ delayMs: 3000 });
  closedURL = await closedPortURL();
});
afterAll(async () => {
  await standIn.close();
  await slowStandIn.close();
});

const backend = (settings: Partial<OpenAIBackendSettings> = {}) => createOpenAIBackend({ name: 'local', baseURL: standIn.baseURL, ...settings });
const slow = () => createOpenAIBackend({ name: 'local', baseURL: slowStandIn.baseURL });
const down = () => createOpenAIBackend({ name: 'local', baseURL: `${closedURL}/v1` });
const label = 'openai backend, contract test against local stand-in';

textConformance(label, {
  model: () => backend().model('text', 'chat'),
  slow: () => slow().model('text', 'chat'),
  unreachable: () => down().model('text', 'chat'),
  provider: 'local',
  modelId: 'chat',
});
imageConformance(label, {
  model: () => backend().model('image', 'painter'),
  slow: () => slow().model('image', 'painter'),
  unreachable: () => down().model('image', 'painter'),
  provider: 'local',
  modelId: 'painter',
});
speechConformance(label, {
  model: () => backend().model('speech', 'voice'),
  slow: () => slow().model('speech', 'voice'),
  unreachable: () => down().model('speech', 'voice'),
  provider: 'local',
  modelId: 'voice',
});
transcriptionConformance(label, {
  model: () => backend().model('transcription', 'whisper'),
  slow: () => slow().model('transcription', 'whisper'),
  unreachable: () => down().model('transcription', 'whisper'),
  provider: 'local',
  modelId: 'whisper',
});

imageConformance(`${label}, gpt-image-1 rules`, {
  model: () => backend().model('image', 'gpt-image-1'),
  unreachable: () => down().model('image', 'gpt-image-1'),
  provider: 'local',
  modelId: 'gpt-image-1',
});

describe(`${label}: requests and error mapping`, () => {
  it('sends the system prompt, limits and the schema as response_format json_schema', async () => {
    const schema = { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] };
    const result = await backend().model('text', 'chat').generate({ system: 'Be brief.', prompt: 'a fox story', schema, schemaName: 'story', maxTokens: 50, temperature: 0.2, seed: 4 });
    const body = standIn.requests.at(-1)!.json();
    expect(body.messages).toEqual([{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'a fox story' }]);
    expect(body).toMatchObject({ model: 'chat', max_tokens: 50, temperature: 0.2, seed: 4 });
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'story', schema } });
    expect(result.json).toEqual({ title: 'a fox story' });
  });

  it('answers invalid_output when the model ignores the format', async () => {
    const schema = { type: 'object', properties: { title: { type: 'string' } } };
    await expect(backend().model('text', 'broken-json').generate({ prompt: 'x', schema })).rejects.toMatchObject({ code: 'invalid_output', message: /not JSON/ });
  });

  it('maps a missing model and a loading server to unavailable, a server error to failed', async () => {
    await expect(backend().model('text', 'gpt-9').generate({ prompt: 'x' })).rejects.toMatchObject({ code: 'provider_unavailable', message: /no model gpt-9 ready/ });
    await expect(backend().model('speech', 'loading').speak({ text: 'x' })).rejects.toMatchObject({ code: 'provider_unavailable', message: /Loading model/ });
    await expect(backend().model('text', 'crashing').generate({ prompt: 'x' })).rejects.toMatchObject({ code: 'provider_failed', isRetryable: true });
    await expect(backend().model('image', 'crashing').generate({ prompt: 'x', width: 8, height: 8 })).rejects.toMatchObject({ code: 'provider_failed' });
  });

  it('sends the key named by apiKeyEnv, and says which variable is missing when it is not set', async () => {
    const guarded = await startOpenAIStandIn({ apiKey: 'sk-test' });
    try {
      const signed = createOpenAIBackend({ baseURL: guarded.origin, apiKeyEnv: 'STAND_IN_KEY', env: { STAND_IN_KEY: 'sk-test' } });
      expect((await signed.model('text', 'chat').generate({ prompt: 'hi' })).text).toBe('You said: hi');
      const wrong = createOpenAIBackend({ baseURL: guarded.origin, apiKeyEnv: 'STAND_IN_KEY', env: { STAND_IN_KEY: 'sk-wrong' } });
      await expect(wrong.model('speech', 'voice').speak({ text: 'hi' })).rejects.toMatchObject({ code: 'provider_unavailable', message: /refused the credentials \(HTTP 401\)/ });
      const unset = createOpenAIBackend({ baseURL: guarded.origin, apiKeyEnv: 'STAND_IN_KEY', env: {} });
      await expect(unset.model('text', 'chat').generate({ prompt: 'hi' })).rejects.toMatchObject({ message: /set the environment variable STAND_IN_KEY/ });
    } finally {
      await guarded.close();
    }
  });

  it('draws at the asked size and decodes b64_json', async () => {
    const result = await backend().model('image', 'painter').generate({ prompt: 'a fox', width: 40, height: 30 });
    expect(standIn.requests.at(-1)!.json()).toMatchObject({ size: '40x30', response_format: 'b64_json', n: 1 });
    expect(readPngSize(result.image.data)).toEqual({ width: 40, height: 30 });
    expect(result.description).toBe('A picture of a fox');
  });

  it('asks gpt-image-1 for its nearest size without response_format, and scales to the asked size', async () => {
    const result = await backend().model('image', 'gpt-image-1').generate({ prompt: 'a fox', width: 960, height: 540 });
    const sent = standIn.requests.at(-1)!.json();
    expect(sent).toMatchObject({ model: 'gpt-image-1', size: '1536x1024' });
    expect(sent).not.toHaveProperty('response_format');
    expect(readPngSize(result.image.data)).toEqual({ width: 960, height: 540 });
    expect(result.warnings).toContainEqual(expect.objectContaining({ setting: 'size', message: expect.stringMatching(/drew 1536x1024, scaled and cropped to 960x540/) }));
  });

  it('asks dall-e-3 and dall-e-2 for sizes they draw, as b64_json', async () => {
    await backend().model('image', 'dall-e-3').generate({ prompt: 'a fox', width: 540, height: 960 });
    expect(standIn.requests.at(-1)!.json()).toMatchObject({ size: '1024x1792', response_format: 'b64_json', n: 1 });
    const small = await backend().model('image', 'dall-e-2').generate({ prompt: 'a fox', width: 300, height: 300 });
    expect(standIn.requests.at(-1)!.json()).toMatchObject({ size: '512x512', response_format: 'b64_json' });
    expect(readPngSize(small.image.data)).toEqual({ width: 300, height: 300 });
  });

  it('the stand-in refuses what OpenAI refuses, and a refused size moves the fallback on', async () => {
    const post = (body: object) => fetch(`${standIn.origin}/v1/images/generations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const sizeRefused = await post({ model: 'gpt-image-1', prompt: 'a fox', size: '64x48' });
    expect(sizeRefused.status).toBe(400);
    expect(await sizeRefused.json()).toMatchObject({ error: { type: 'invalid_request_error', param: 'size', code: 'invalid_value' } });
    expect((await post({ model: 'gpt-image-1', prompt: 'a fox', size: '1024x1024', response_format: 'b64_json' })).status).toBe(400);
    expect((await post({ model: 'dall-e-3', prompt: 'a fox', size: '1024x1024', n: 2 })).status).toBe(400);
    expect((await post({ model: 'dall-e-2', prompt: '', size: '256x256' })).status).toBe(400);
    // A compatible server that draws up to 2048: too big a picture there is "unsupported", not a failure.
    await expect(backend().model('image', 'painter').generate({ prompt: 'a fox', width: 4096, height: 4096 })).rejects.toMatchObject({
      code: 'provider_unsupported', message: /cannot draw at this size/,
    });
  });

  it('round-trips speech through transcription with timed segments', async () => {
    const speech = await backend({ voice: 'af_heart' }).model('speech', 'voice').speak({ text: 'The fox ran home. It slept.', language: 'en' });
    expect(standIn.requests.at(-1)!.json()).toMatchObject({ voice: 'af_heart', response_format: 'wav', input: 'The fox ran home. It slept.' });
    expect(speech.warnings.map((warning) => warning.setting)).toEqual(['language']);
    expect(readWav(speech.audio.data)?.durationSeconds).toBeCloseTo(1.8, 1);
    const transcript = await backend().model('transcription', 'whisper').transcribe({ audio: speech.audio, language: 'en-GB', prompt: 'fox' });
    const form = await standIn.requests.at(-1)!.formData();
    expect(form.get('language')).toBe('en');
    expect(form.get('response_format')).toBe('verbose_json');
    expect((form.get('file') as File).name).toBe('audio.wav');
    expect(transcript.text).toBe('The fox ran home. It slept.');
    expect(transcript.segments.map((segment) => segment.text)).toEqual(['The fox ran home.', 'It slept.']);
    expect(transcript.segments[1].end).toBeCloseTo(1.8, 1);
  });

  it('adds /v1 to a bare address', async () => {
    const bare = createOpenAIBackend({ baseURL: standIn.origin });
    expect((await bare.model('text', 'chat').generate({ prompt: 'hi' })).text).toBe('You said: hi');
  });

  it('does not serve what the API lacks', () => {
    expect(() => backend().model('moderation', 'x')).toThrow(expect.objectContaining({ code: 'provider_unsupported' }));
  });
});

describe(`${label}: health`, () => {
  it('is ready when /models answers', async () => {
    expect(await backend().health(AbortSignal.timeout(2000))).toEqual({ state: 'ready', device: 'remote' });
  });

  it('is unavailable, with the reason, when nothing listens', async () => {
    const health = await down().health(AbortSignal.timeout(2000));
    expect(health.state).toBe('unavailable');
    expect(health.reason).toMatch(/could not be reached at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });
});

describe(`${label}: streaming`, () => {
  it('sends stream: true and yields the server-sent deltas in order, then the finish with usage', async () => {
    const words = 'one two three four five six';
    const parts = [];
    for await (const part of backend().model('text', 'chat').stream!({ prompt: words, system: 'Be brief.' })) parts.push(part);
    expect(standIn.requests.at(-1)!.json()).toMatchObject({ model: 'chat', stream: true, stream_options: { include_usage: true } });
    expect(parts.filter((part) => part.type === 'text-delta').map((part) => part.text)).toEqual(['You ', 'said: ', 'one ', 'two ', 'three ', 'four ', 'five ', 'six']);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', text: `You said: ${words}`, usage: { outputTokens: 8 }, warnings: [] });
  });

  it('hands over the first token before the answer is complete, and an abort then stops the HTTP request', async () => {
    const slowStream = await startOpenAIStandIn({ streamDelayMs: 50 });
    try {
      const controller = new AbortController();
      const model = createOpenAIBackend({ name: 'local', baseURL: slowStream.baseURL }).model('text', 'chat');
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

  it('reports a connection dropped mid-answer as provider_unavailable after the tokens already sent', async () => {
    const parts: string[] = [];
    const reading = (async () => {
      for await (const part of backend().model('text', 'dying').stream!({ prompt: 'a b c d' })) if (part.type === 'text-delta') parts.push(part.text);
    })();
    await expect(reading).rejects.toMatchObject({ code: 'provider_unavailable', message: expect.stringMatching(/stopped part way/) });
    expect(parts).toEqual(['You ', 'said: ']);
  });

  it('maps an error status before the first token like generate does', async () => {
    const parts = async () => {
      for await (const part of backend().model('text', 'loading').stream!({ prompt: 'hi' })) void part;
    };
    await expect(parts()).rejects.toMatchObject({ code: 'provider_unavailable' });
  });
});
