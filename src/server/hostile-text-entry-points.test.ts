import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growsLinearly, leastCpuMsAwaiting, markupRuns, run } from '../pipelines/vocabulary/testing/hostile-text.ts';
import { createTestRuntime, type TestRuntime } from '../runtime/testing/create-test-runtime.ts';
import { buildApp } from './build-app.ts';
import { openTestSocket } from './live-style/testing/open-test-socket.ts';
import { multipartBody } from './testing/multipart-body.ts';

/**
 * Every way text reaches the server, fed long runs of each markup character: each answers with a
 * refusal or a result (never a 500), and the text-heavy ones take time in proportion to the text.
 * The parsers' own tests time them on larger texts; here a quadratic scan would still show, since
 * 60 KB of `<` held a request thread for seconds before.
 */
let testRuntime: TestRuntime;
let app: FastifyInstance;
let host: string;
let user: { authorization: string };
let profileId: string;

beforeAll(async () => {
  testRuntime = await createTestRuntime({ authMode: 'jwt' });
  const roomy = { max: 100_000, timeWindow: '1 minute' };
  app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth, rateLimits: { 'jobs-create': roomy, uploads: roomy, reads: roomy } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  host = `127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  user = await testRuntime.bearer('hostile-1');
  const created = await app.inject({ method: 'POST', url: '/api/profiles', headers: user, payload: { name: 'Mia', age: 5, interests: ['space'] } });
  profileId = created.json().id;
}, 60_000);
afterAll(async () => {
  await app?.close();
  await testRuntime?.close();
});

// Each format around one cue. The cue holds no Japanese, so the upload is parsed whole and then
// refused (400: not Japanese) before any job: the analysis job is not what this file is about.
const wrappers: Record<string, (text: string) => string> = {
  vtt: (text) => `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello${text}`,
  srt: (text) => `1\n00:00:01,000 --> 00:00:02,000\nhello${text}`,
  ass: (text) => `[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,hello${text}`,
  json3: (text) => JSON.stringify({ events: [{ tStartMs: 0, segs: [{ utf8: `hello${text}` }] }] }),
  text: (text) => `hello${text}`,
};

function upload(transcript: string) {
  const body = multipartBody([{ kind: 'file', field: 'file', filename: 'stream.txt', contentType: 'text/plain', data: Buffer.from(transcript) }]);
  return app.inject({ method: 'POST', url: '/api/vocabulary/streams', headers: { ...user, ...body.headers }, payload: body.payload });
}
const importWords = (text: string) => app.inject({ method: 'POST', url: '/api/vocabulary/known', headers: user, payload: { text } });
const askForStory = (prompt: string) => app.inject({ method: 'POST', url: '/api/stories', headers: user, payload: { profileId, prompt } });

/** The answer's status with its body, so a failure shows what came back. */
const answer = (response: { statusCode: number; body: string }) => `${response.statusCode} ${response.body.slice(0, 300)}`;
const refusedOrTaken = /^(2\d\d|4\d\d) /;

describe('hostile text at every entry point', () => {
  it('answers transcript uploads of every format, whatever the markup, without a 500 and in time proportional to their length', async () => {
    for (const [format, wrap] of Object.entries(wrappers)) {
      for (const unit of markupRuns) {
        const response = await upload(wrap(run(unit, 60_000)));
        expect(answer(response), `${format} ${JSON.stringify(unit)}`).toMatch(refusedOrTaken);
      }
    }
    // One route-level timing: 100 KB of VTT held every request for 9.7 s.
    const small = await leastCpuMsAwaiting(() => upload(wrappers.vtt(run('<', 60_000))));
    const large = await leastCpuMsAwaiting(() => upload(wrappers.vtt(run('<', 240_000))));
    expect(growsLinearly(small, large, 100), `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms on 4 times the text`).toBe(true);
  });

  it('refuses, with a sentence, ASS without a Format line and json3 whose text decodes to NUL or a lone surrogate', async () => {
    const noFormat = await upload('[Script Info]\n[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,こんにちは\n');
    expect(noFormat.statusCode, noFormat.body).toBe(400);
    expect(noFormat.json().error.message).toMatch(/no Format line/);
    for (const escape of ['\\u0000', '\\ud800']) {
      const response = await upload(`{"events":[{"tStartMs":0,"segs":[{"utf8":"こんにちは${escape}"}]}]}`);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.message).toMatch(/^Cue 1 of the transcript contains a (NUL character|lone UTF-16 surrogate)/);
    }
  });

  it('answers known-word lists, whatever the markup, without a 500 and in time proportional to their length', async () => {
    for (const unit of markupRuns) {
      const response = await importWords(run(unit, 60_000));
      expect(answer(response), JSON.stringify(unit)).toMatch(refusedOrTaken);
    }
    // One route-level timing: the request that held the server for 6.3 s on 60 KB of `<`.
    const small = await leastCpuMsAwaiting(() => importWords(run('<', 60_000)));
    const large = await leastCpuMsAwaiting(() => importWords(run('<', 240_000)));
    expect(growsLinearly(small, large, 100), `${small.toFixed(1)} ms, then ${large.toFixed(1)} ms on 4 times the text`).toBe(true);
  });

  it('answers story ideas, whatever the markup, without a 500', async () => {
    for (const unit of markupRuns) {
      // Just under the 400-character limit (checked in full) and at the body's 4000 (refused as too long).
      for (const length of [390, 4000]) {
        const response = await askForStory(run(unit, length));
        expect(answer(response), `${length} × ${JSON.stringify(unit)}`).toMatch(refusedOrTaken);
        // A story that was taken is not what this file is about: it is cancelled at once.
        if (response.statusCode === 202) await app.inject({ method: 'POST', url: `/api/jobs/${response.json().id}/cancel`, headers: user });
      }
    }
  });

  it('answers query strings of markup, and refuses NUL in them, without a 500', async () => {
    for (const unit of markupRuns) {
      const query = encodeURIComponent(run(unit, 200));
      for (const url of [`/api/vocabulary?q=${query}`, `/api/jobs?state=${query}`, `/api/vocabulary/export?format=csv&q=${query}`]) {
        const response = await app.inject({ method: 'GET', url, headers: user });
        expect(answer(response), `${url.slice(0, 60)}`).toMatch(refusedOrTaken);
      }
    }
    const nul = await app.inject({ method: 'GET', url: '/api/vocabulary?q=%00', headers: user });
    expect(nul.statusCode).toBe(400);
  });

  it('refuses JSON nested past 64 levels on JSON routes with a 400', async () => {
    const deep = `{"text":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    for (const url of ['/api/vocabulary/known', '/api/stories', '/api/vocabulary/exports', '/api/profiles']) {
      const response = await app.inject({ method: 'POST', url, headers: { ...user, 'content-type': 'application/json' }, payload: deep });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(400);
      expect(response.json().error.message).toMatch(/nested more than 64 levels/);
    }
  });

  it('answers live utterances of markup with items, and closes with 4400 on NUL or a lone surrogate', async () => {
    const token = user.authorization.replace('Bearer ', '');
    // The socket closes on more than 20 messages in a second, and a quiet machine answers 21 runs
    // faster than that: each socket carries at most 10 of them.
    for (let first = 0; first < markupRuns.length; first += 10) {
      const socket = await openTestSocket(`ws://${host}/api/vocabulary/live`, ['kiln-live.v1', `kiln-token.${token}`]);
      await socket.nextText('ready');
      for (const unit of markupRuns.slice(first, first + 10)) {
        socket.socket.send(JSON.stringify({ type: 'utterance', text: `草${run(unit, 450)}` }));
        await socket.nextText('items');
      }
      socket.socket.close();
    }
    for (const text of ['草\u0000', '草\ud800']) {
      const broken = await openTestSocket(`ws://${host}/api/vocabulary/live`, ['kiln-live.v1', `kiln-token.${token}`]);
      await broken.nextText('ready');
      // JSON.stringify writes both as escapes (`\u0000`, `\ud800`), which JSON.parse turns back into them.
      broken.socket.send(JSON.stringify({ type: 'utterance', text }));
      const closed = await broken.closed();
      expect(closed.code, closed.reason).toBe(4400);
      expect(closed.reason).toMatch(/`text` contains a (NUL character|lone UTF-16 surrogate)/);
    }
  });
});
