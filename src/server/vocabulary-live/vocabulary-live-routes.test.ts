import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startObsStandIn, type ObsStandIn } from '../../integrations/obs/testing/obs-stand-in.ts';
import { createOpenAIBackend } from '../../providers/openai/openai-backend.ts';
import { startOpenAIStandIn, type OpenAIStandIn } from '../../providers/openai/testing/openai-stand-in.ts';
import { createRegistry } from '../../providers/registry.ts';
import { readWav } from '../../providers/testing/media-encoders.ts';
import { createStyleBertVits2Backend } from '../../providers/style-bert-vits2/style-bert-vits2-backend.ts';
import { startStyleBertVits2StandIn, type StyleBertVits2StandIn } from '../../providers/style-bert-vits2/testing/style-bert-vits2-stand-in.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { splitReplySentences } from '../../pipelines/vocabulary/live/bilingual-reply.ts';
import { buildApp } from '../build-app.ts';
import { openTestSocket } from '../live-style/testing/open-test-socket.ts';

let local: TestRuntime;
let jwt: TestRuntime;
let chat: OpenAIStandIn;
let silentChat: OpenAIStandIn;
let voice: StyleBertVits2StandIn;
let obs: ObsStandIn;
beforeAll(async () => {
  [local, jwt, chat, silentChat, voice, obs] = await Promise.all([
    createTestRuntime(), createTestRuntime({ authMode: 'jwt' }), startOpenAIStandIn(), startOpenAIStandIn({ delayMs: 5000 }),
    startStyleBertVits2StandIn(), startObsStandIn({ password: 'obs-secret' }),
  ]);
  process.env.KILN_OBS_PASSWORD = 'obs-secret';
});
afterAll(async () => {
  delete process.env.KILN_OBS_PASSWORD;
  await Promise.all([local.close(), jwt.close(), chat.close(), silentChat.close(), voice.close(), obs.close()]);
});

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A real server whose reply model is an OpenAI-compatible stand-in and whose voice is a Style-Bert-VITS2 stand-in. */
async function startServer(options: { testRuntime?: TestRuntime; chatURL?: string; chatModel?: string; obsAddress?: string; modelTimeoutMs?: number } = {}): Promise<string> {
  const testRuntime = options.testRuntime ?? local;
  const providers = createRegistry({
    backends: [createOpenAIBackend({ name: 'local', baseURL: options.chatURL ?? chat.baseURL }), createStyleBertVits2Backend({ name: 'sbv2', baseURL: voice.origin })],
    capabilities: { text: [`local:${options.chatModel ?? 'chat'}`], speech: ['sbv2:0'] },
  });
  const config = { ...testRuntime.runtime.config, vocabulary: { live: { obs: { address: options.obsAddress ?? obs.address }, modelTimeoutMs: options.modelTimeoutMs } } };
  app = await buildApp({ ...testRuntime.runtime, providers, config }, { auth: testRuntime.auth });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

describe('live vocabulary websocket', () => {
  it('answers an utterance with its items, a bilingual reply, its voice, latency per stage, the overlay and OBS', async () => {
    const host = await startServer();
    const socket = await openTestSocket(`ws://${host}/api/vocabulary/live`, ['kiln-live.v1']);
    const ready = await socket.nextText('ready');
    expect(ready).toMatchObject({ reply: 'local:chat', speech: 'sbv2:0', transcription: false });
    expect(await socket.nextText('obs')).toMatchObject({ state: 'connected', message: 'Connected to OBS 30.2.0.' });
    const overlay = await openTestSocket(`ws://${host}/api${String(ready.overlayPath)}`);

    // Every message in arrival order (nextText passes over the ones before the type it waits for).
    const heard: Record<string, unknown>[] = [];
    socket.socket.addEventListener('message', (event) => heard.push(JSON.parse(String(event.data))));
    socket.socket.send(JSON.stringify({ type: 'utterance', text: '今日もスパチャありがとう、草生えた', recogniseMs: 420 }));
    const items = (await socket.nextText('items')).items as Array<{ expression: string; english: string }>;
    expect(items.map((item) => item.expression)).toEqual(expect.arrayContaining(['スパチャ']));
    const latency = await socket.nextText('latency');
    // Streamed token by token (the stand-in sends a word at a time), then the whole reply.
    const deltas = heard.filter((message) => message.type === 'reply-delta').map((message) => String(message.text));
    const done = heard.find((message) => message.type === 'reply-done')!;
    expect(deltas.length).toBeGreaterThan(3);
    // The stand-in echoes the prompt, which quotes the utterance.
    expect(done.text).toMatch(/今日もスパチャありがとう/);
    expect(done.text).toBe(deltas.join('').trim());
    expect(heard.findIndex((message) => message.type === 'reply-delta')).toBeLessThan(heard.indexOf(done));
    const speech = heard.find((message) => message.type === 'speech')!;
    expect(speech).toMatchObject({ mediaType: 'audio/wav', servedBy: 'sbv2:0' });
    // Voiced sentence by sentence, the first as soon as it is complete.
    expect(readWav(Buffer.from(String(speech.audio), 'base64'))?.comment).toBe(splitReplySentences(String(done.text))[0]);
    expect(Object.keys(latency.stages as object).sort()).toEqual(['items', 'recognise', 'replyDone', 'replyFirstToken', 'speech']);
    expect(latency.stages).toMatchObject({ recognise: 420 });

    expect(await overlay.nextText('overlay')).toMatchObject({ expression: items[0].expression, sentence: '今日もスパチャありがとう、草生えた' });
    await expect.poll(() => obs.inputSettings('Kiln vocabulary')?.text).toMatch(new RegExp(`^${items[0].expression}（`));
    const metrics = await app!.metrics.registry.getSingleMetricAsString('kiln_vocabulary_live_stage_seconds');
    expect(metrics).toMatch(/kiln_vocabulary_live_stage_seconds_count\{stage="gateway"\} 1/);
    overlay.socket.close();
    socket.socket.close();
  });

  it('goes on with offline items and an offline voice when the reply server goes away mid-session, and says so', async () => {
    const dying = await startOpenAIStandIn();
    const host = await startServer({ chatURL: dying.baseURL });
    const socket = await openTestSocket(`ws://${host}/api/vocabulary/live`);
    socket.socket.send(JSON.stringify({ type: 'utterance', text: 'スパチャありがとう' }));
    await socket.nextText('reply-done');
    await socket.nextText('latency');
    await dying.close();
    socket.socket.send(JSON.stringify({ type: 'utterance', text: 'スパチャありがとう' }));
    expect(((await socket.nextText('items')).items as Array<{ expression: string }>)[0].expression).toBe('スパチャ');
    expect(await socket.nextText('notice')).toMatchObject({ level: 'degraded', stage: 'reply', message: expect.stringMatching(/The reply model stopped answering.*goes on with the offline items/) });
    // Offline, the voice says the expression and its meaning.
    const speech = await socket.nextText('speech');
    expect(readWav(Buffer.from(String(speech.audio), 'base64'))?.comment).toBe('スパチャ');
    expect((await socket.nextText('latency')).stages).not.toHaveProperty('replyDone');
    socket.socket.close();
  });

  it('keeps the tokens already shown and goes on with the offline items when the reply stops mid-stream, and says so', async () => {
    const host = await startServer({ chatModel: 'dying' });
    const socket = await openTestSocket(`ws://${host}/api/vocabulary/live`);
    socket.socket.send(JSON.stringify({ type: 'utterance', text: 'スパチャありがとう' }));
    await socket.nextText('items');
    expect((await socket.nextText('reply-delta')).text).toBe('You ');
    expect(await socket.nextText('notice')).toMatchObject({ level: 'degraded', stage: 'reply', message: expect.stringMatching(/stopped part way.*goes on with the offline items/) });
    // No whole sentence came, so the voice says the expression.
    expect(readWav(Buffer.from(String((await socket.nextText('speech')).audio), 'base64'))?.comment).toBe('スパチャ');
    const latency = await socket.nextText('latency');
    expect(latency.stages).toHaveProperty('replyFirstToken');
    expect(latency.stages).not.toHaveProperty('replyDone');
    socket.socket.send(JSON.stringify({ type: 'utterance', text: '草' }));
    expect(((await socket.nextText('items')).items as Array<{ expression: string }>).map((item) => item.expression)).toContain('草');
    socket.socket.close();
  });

  it('does not wait for a reply model that hangs past the configured timeout', async () => {
    const host = await startServer({ chatURL: silentChat.baseURL, modelTimeoutMs: 300 });
    const socket = await openTestSocket(`ws://${host}/api/vocabulary/live`);
    socket.socket.send(JSON.stringify({ type: 'utterance', text: '草' }));
    await socket.nextText('items');
    expect((await socket.nextText('notice')).message).toMatch(/stopped answering \(.*\); the session goes on/);
    socket.socket.close();
  });

  it('says why OBS is unavailable (wrong password) and still answers with items', async () => {
    const other = await startObsStandIn({ password: 'a-different-one' });
    try {
      const host = await startServer({ obsAddress: other.address });
      const socket = await openTestSocket(`ws://${host}/api/vocabulary/live`);
      expect((await socket.nextText('obs')).message).toMatch(/KILN_OBS_PASSWORD is not the one in OBS.*goes on without OBS/);
      socket.socket.send(JSON.stringify({ type: 'utterance', text: '草' }));
      expect(((await socket.nextText('items')).items as Array<{ expression: string }>).map((item) => item.expression)).toContain('草');
      socket.socket.close();
    } finally {
      await other.close();
    }
  });

  it('closes with 4413 for an oversized message, 4429 for a flood and 4400 for a message that is not JSON', async () => {
    const host = await startServer();
    const big = await openTestSocket(`ws://${host}/api/vocabulary/live`);
    big.socket.send(JSON.stringify({ type: 'utterance', text: 'あ'.repeat(3000) }));
    expect(await big.closed()).toMatchObject({ code: 4413 });
    const flood = await openTestSocket(`ws://${host}/api/vocabulary/live`);
    for (let index = 0; index < 40; index += 1) flood.socket.send(JSON.stringify({ type: 'obs-scene', sceneName: 'Main' }));
    expect(await flood.closed()).toMatchObject({ code: 4429, reason: expect.stringMatching(/More than 20 messages in a second/) });
    const garbled = await openTestSocket(`ws://${host}/api/vocabulary/live`);
    garbled.socket.send('not json');
    expect(await garbled.closed()).toMatchObject({ code: 4400 });
  });

  it('refuses an unauthenticated socket in JWT mode (4401) and an overlay with a wrong key (4403)', async () => {
    const host = await startServer({ testRuntime: jwt });
    const anonymous = await openTestSocket(`ws://${host}/api/vocabulary/live`, ['kiln-live.v1']);
    expect(await anonymous.closed()).toMatchObject({ code: 4401 });
    const token = (await jwt.bearer('streamer')).authorization.replace(/^Bearer /, '');
    const signedIn = await openTestSocket(`ws://${host}/api/vocabulary/live`, ['kiln-live.v1', `kiln-token.${token}`]);
    expect(await signedIn.nextText('ready')).toMatchObject({ type: 'ready' });
    const overlay = await openTestSocket(`ws://${host}/api/vocabulary/live/overlay?key=guessed`);
    expect(await overlay.closed()).toMatchObject({ code: 4403 });
    signedIn.socket.close();
  });

  it('keeps OBS to administrators in JWT mode: a user gets a session without it, scene switches refused in a message', async () => {
    const host = await startServer({ testRuntime: jwt });
    const tokenOf = async (userId: string, claims?: Record<string, unknown>) => (await jwt.bearer(userId, claims)).authorization.replace(/^Bearer /, '');
    const requestsBefore = obs.requests.length;
    const user = await openTestSocket(`ws://${host}/api/vocabulary/live`, ['kiln-live.v1', `kiln-token.${await tokenOf('viewer')}`]);
    expect((await user.nextText('ready')).obs).toEqual({ state: 'off', message: expect.stringMatching(/^OBS is for administrators/) });
    user.socket.send(JSON.stringify({ type: 'obs-scene', sceneName: 'Lesson' }));
    expect(await user.nextText('obs')).toEqual({ type: 'obs', state: 'off', message: expect.stringMatching(/Only an administrator can switch OBS scenes/) });
    user.socket.send(JSON.stringify({ type: 'utterance', text: '草' }));
    expect(((await user.nextText('items')).items as Array<{ expression: string }>).map((item) => item.expression)).toContain('草');
    await user.nextText('latency');

    // The operator's session drives OBS; once its line is shown, nothing of the user's went to OBS.
    const operator = await openTestSocket(`ws://${host}/api/vocabulary/live`, ['kiln-live.v1', `kiln-token.${await tokenOf('operator', { kiln_admin: true })}`]);
    expect(await operator.nextText('obs')).toMatchObject({ state: 'connected' });
    operator.socket.send(JSON.stringify({ type: 'obs-scene', sceneName: 'Lesson' }));
    expect(await operator.nextText('obs')).toMatchObject({ state: 'connected', message: 'Switched OBS to the scene “Lesson”.' });
    operator.socket.send(JSON.stringify({ type: 'utterance', text: 'スパチャありがとう' }));
    await expect.poll(() => obs.inputSettings('Kiln vocabulary')?.text).toMatch(/^スパチャ（/);
    const sent = obs.requests.slice(requestsBefore);
    expect(sent.filter((request) => request.requestType === 'SetCurrentProgramScene').map((request) => request.requestData)).toEqual([{ sceneName: 'Lesson' }]);
    const texts = sent.filter((request) => request.requestType === 'SetInputSettings').map((request) => JSON.stringify(request.requestData));
    expect(texts).toHaveLength(1);
    expect(texts[0]).not.toMatch(/草/);
    expect(user.socket.readyState).toBe(WebSocket.OPEN);

    const userHeaders = { authorization: `Bearer ${await tokenOf('viewer')}`, 'content-type': 'application/json' };
    const settings = await (await fetch(`http://${host}/api/vocabulary/live/settings`, { headers: userHeaders })).json();
    expect(settings).toMatchObject({ obsAllowed: false, obsAddress: null });
    const tried = await fetch(`http://${host}/api/vocabulary/live/obs/test`, { method: 'POST', headers: userHeaders, body: '{}' });
    expect(tried.status).toBe(403);
    expect((await tried.json()).error.message).toMatch(/only an administrator/);
    user.socket.close();
    operator.socket.close();
  });

  it('tests the OBS connection from the settings form and reports a wrong address plainly', async () => {
    const host = await startServer();
    const tried = await fetch(`http://${host}/api/vocabulary/live/obs/test`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await tried.json()).toEqual({ connected: true, message: 'Connected to OBS 30.2.0.', obsVersion: '30.2.0' });
    const wrong = await fetch(`http://${host}/api/vocabulary/live/obs/test`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ address: 'ws://127.0.0.1:1' }),
    });
    expect(await wrong.json()).toMatchObject({ connected: false, message: expect.stringMatching(/OBS is not reachable at ws:\/\/127\.0\.0\.1:1/) });
  });
});
