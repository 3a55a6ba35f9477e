import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageConformance } from '../conformance/image.conformance.ts';
import { speechConformance } from '../conformance/speech.conformance.ts';
import { textConformance } from '../conformance/text.conformance.ts';
import { transcriptionConformance } from '../conformance/transcription.conformance.ts';
import { closedPortURL } from '../stand-in/closed-port.ts';
import { readPngSize, readWav } from '../stand-in/media-encoders.ts';
import { createOpenAIBackend, type OpenAIBackendSettings } from './openai-backend.ts';
import { startOpenAIStandIn, type OpenAIStandIn } from './openai-stand-in.ts';

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
