import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { runFfmpeg } from '../../media/ffmpeg/run-ffmpeg.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debianEdictPath } from '../../pipelines/vocabulary/analysis/load-edict.ts';
import { japaneseVtt, englishVtt, outOfOrderSrt } from '../../pipelines/vocabulary/testing/sample-transcripts.ts';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { multipartBody, type MultipartPart } from '../testing/multipart-body.ts';

let testRuntime: TestRuntime;
let app: FastifyInstance;
let learner: { authorization: string };
let other: { authorization: string };
let operator: { authorization: string };

beforeAll(async () => {
  testRuntime = await createTestRuntime({ authMode: 'jwt' });
  app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth });
  learner = await testRuntime.bearer('learner-1');
  other = await testRuntime.bearer('learner-2');
  operator = await testRuntime.bearer('operator', { kiln_admin: true });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await testRuntime?.close();
});

const file = (data: string | Uint8Array, filename = 'stream.vtt', contentType = 'text/vtt'): MultipartPart =>
  ({ kind: 'file', field: 'file', filename, contentType, data: typeof data === 'string' ? Buffer.from(data) : data });

async function upload(parts: MultipartPart[], headers = learner) {
  const body = multipartBody(parts);
  return app.inject({ method: 'POST', url: '/api/vocabulary/streams', headers: { ...headers, ...body.headers }, payload: body.payload });
}

async function finish(job: JobRecord, headers = learner): Promise<JobRecord> {
  for (;;) {
    const record = (await app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers })).json() as JobRecord;
    if (['succeeded', 'failed', 'cancelled'].includes(record.state)) return record;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const get = (url: string, headers = learner) => app.inject({ method: 'GET', url, headers });

describe('vocabulary routes', () => {
  it('says which dictionary gives meanings, or how to install one', async () => {
    const response = await get('/api/vocabulary/dictionary');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(existsSync(debianEdictPath)
      ? { kind: 'edict', label: 'EDICT (CC BY-SA 4.0, EDRDG)', advice: null }
      : { kind: 'none', label: null, advice: expect.stringContaining('apt-get install edict') });
  });

  let streamId: string;

  it('analyses an uploaded transcript into the learner\'s list, with timestamp links', async () => {
    const response = await upload([
      { kind: 'field', field: 'url', value: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }, { kind: 'field', field: 'title', value: 'Collab night' },
      file(japaneseVtt),
    ]);
    expect(response.statusCode, response.body).toBe(202);
    const job = await finish(response.json());
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    expect(job.steps.map((step) => step.name)).toEqual(['parse', 'analyze', 'save']);
    streamId = (job.output as { streamId: string }).streamId;

    const list = (await get('/api/vocabulary?pageSize=200')).json();
    const superChat = list.items.find((item: { dictionaryForm: string }) => item.dictionaryForm === 'スパチャ');
    expect(superChat).toMatchObject({ status: 'new', example: { start: 6.1, link: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=6s' } });
    expect(list.total).toBe(list.items.length);
    const stream = (await get(`/api/vocabulary/streams/${streamId}`)).json();
    expect(stream).toMatchObject({ title: 'Collab night', platform: 'youtube', format: 'vtt', cueCount: 5 });
    expect(stream.comprehension).toBeGreaterThan(0);
    expect(stream.comprehension).toBeLessThan(1);
    expect((await get('/api/vocabulary/streams')).json().streams.map((row: { id: string }) => row.id)).toEqual([streamId]);
  }, 60_000);

  it('keeps each learner\'s streams and words private', async () => {
    expect((await get(`/api/vocabulary/streams/${streamId}`, other)).statusCode).toBe(404);
    expect((await get('/api/vocabulary', other)).json()).toMatchObject({ items: [], total: 0 });
    const [item] = (await get('/api/vocabulary')).json().items;
    const patch = await app.inject({ method: 'PATCH', url: `/api/vocabulary/${item.id}`, headers: other, payload: { status: 'known' } });
    expect(patch.statusCode).toBe(404);
  });

  it('searches by romaji and English, marks words known and hides them, and imports a word list', async () => {
    expect((await get('/api/vocabulary?q=supacha')).json().items.map((item: { dictionaryForm: string }) => item.dictionaryForm)).toEqual(['スパチャ']);
    const before = (await get(`/api/vocabulary/streams/${streamId}`)).json().comprehension;
    const [first] = (await get('/api/vocabulary?q=supacha')).json().items;
    expect((await app.inject({ method: 'PATCH', url: `/api/vocabulary/${first.id}`, headers: learner, payload: { status: 'known' } })).statusCode).toBe(204);
    expect((await get('/api/vocabulary?q=supacha')).json().items).toEqual([]);
    expect((await get('/api/vocabulary?q=supacha&status=known')).json().items).toHaveLength(1);
    const imported = await app.inject({ method: 'POST', url: '/api/vocabulary/known', headers: learner, payload: { text: '配信\nコラボ\n\n# comment\n' } });
    expect(imported.json()).toEqual({ words: 2, added: 2, markedKnown: 2 });
    expect((await get(`/api/vocabulary/streams/${streamId}`)).json().comprehension).toBeGreaterThan(before);
    const anki = await app.inject({ method: 'POST', url: '/api/vocabulary/known', headers: operator, payload: { anki: { deck: 'Mining', field: 'Word' } } });
    expect(anki.statusCode, anki.body).toBe(400);
    expect(anki.json().error.message).toMatch(/AnkiConnect is not running at http:\/\/127\.0\.0\.1:8765/);
  });

  it('exports CSV with a byte-order mark and posts that fit on X', async () => {
    const csv = await get('/api/vocabulary/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/vocabulary\.csv/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body).toMatch(/にじさんじ/);
    const posts = (await get('/api/vocabulary/export?format=posts')).json().posts;
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) expect(post.length).toBeLessThanOrEqual(280);
  });

  it.each([
    ['an empty file', file(''), 400, /empty/],
    ['English subtitles', file(englishVtt), 400, /Japanese/],
    ['times out of order', file(outOfOrderSrt, 'stream.srt', 'application/x-subrip'), 400, /out of order/],
    ['a PNG picture', file(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'x.png', 'image/png'), 415, /PNG/],
    ['binary garbage', file(Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x01, 0x02])), 400, /not text|UTF-8|unknown/i],
  ])('refuses %s (%i) and stores nothing', async (_label, part, status, message) => {
    const assetsBefore = (await testRuntime.runtime.assets.list('learner-1')).length;
    const response = await upload([part]);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error.message).toMatch(message);
    expect((await testRuntime.runtime.assets.list('learner-1')).length).toBe(assetsBefore);
  });

  it('refuses a form without a file or with an unknown field', async () => {
    expect((await upload([{ kind: 'field', field: 'title', value: 'x' }])).json().error.message).toMatch(/no file/);
    expect((await upload([{ kind: 'field', field: 'colour', value: 'x' }, file(japaneseVtt)])).statusCode).toBe(400);
    const cut = multipartBody([file(japaneseVtt)]);
    const malformed = await app.inject({
      method: 'POST', url: '/api/vocabulary/streams', headers: { ...learner, ...cut.headers }, payload: cut.payload.subarray(0, cut.payload.length - 40),
    });
    expect(malformed.statusCode, malformed.body).toBe(400);
    expect(malformed.json().error.message).toMatch(/multipart body could not be read/);
  });

  it('refuses a transcript with more cues or characters than one analysis takes (400, naming the numbers)', async () => {
    const cue = (index: number) => `${new Date(index * 1000).toISOString().slice(11, 23)} --> ${new Date(index * 1000 + 900).toISOString().slice(11, 23)}\n配信${index}\n`;
    const manyCues = `WEBVTT\n\n${Array.from({ length: 30_001 }, (_, index) => cue(index)).join('\n')}`;
    const tooMany = await upload([file(manyCues)]);
    expect(tooMany.statusCode, tooMany.body).toBe(400);
    expect(tooMany.json().error.message).toMatch(/30,001 cues; the studio analyses at most 30,000/);
    const tooLong = await upload([file(`${'配信'.repeat(600_000)}\n`, 'stream.txt', 'text/plain')]);
    expect(tooLong.statusCode, tooLong.body).toBe(400);
    expect(tooLong.json().error.message).toMatch(/1,200,000 characters of text; the studio analyses at most 1,000,000/);
  });

  it('refuses a recording without sound (400); one with sound fails its job saying no transcription backend is configured and how to add one', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiln-vocabulary-recording-'));
    try {
      const silentVideo = join(folder, 'silent.mp4');
      await runFfmpeg(['-f', 'lavfi', '-i', 'color=c=black:s=64x64:d=1', '-c:v', 'mpeg4', '-f', 'mp4', '-y', silentVideo]);
      const refused = await upload([file(await readFile(silentVideo), 'silent.mp4', 'video/mp4')]);
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.message).toMatch(/no audio stream/);

      const speech = join(folder, 'speech.wav');
      await runFfmpeg(['-f', 'lavfi', '-i', 'sine=f=440:d=1', '-f', 'wav', '-y', speech]);
      const accepted = await upload([file(await readFile(speech), 'speech.wav', 'audio/wav')]);
      expect(accepted.statusCode, accepted.body).toBe(202);
      const job = await finish(accepted.json());
      expect(job.state).toBe('failed');
      expect(job.error).toMatchObject({ step: 'transcribe' });
      expect(job.error!.message).toMatch(/No backend is configured for transcription: list some in capabilities\.transcription/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('queues a sync job that fails with a sentence when Notion is not configured, and refuses an unknown target', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/vocabulary/sync', headers: operator, payload: { to: 'notion' } });
    expect(response.statusCode, response.body).toBe(202);
    const job = await finish(response.json(), operator);
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'bad_input', step: 'sync' });
    expect(job.error!.message).toMatch(/No Notion database is configured.*vocabulary\.notion\.databaseId/);
    // The same user, once the kiln_admin claim is taken away, cannot run it again.
    const demoted = await testRuntime.bearer('operator');
    const retried = await app.inject({ method: 'POST', url: `/api/jobs/${job.id}/retry`, headers: demoted });
    expect(retried.statusCode, retried.body).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/jobs/${job.id}/retry`, headers: operator })).statusCode).toBe(202);
    expect((await app.inject({ method: 'POST', url: '/api/vocabulary/sync', headers: learner, payload: { to: 'dropbox' } })).statusCode).toBe(400);
  }, 30_000);

  it('keeps Anki and Notion, which act on the operator\'s own accounts, to administrators in JWT mode', async () => {
    const refusals = [
      await app.inject({ method: 'POST', url: '/api/vocabulary/known', headers: learner, payload: { anki: { deck: 'Mining', field: 'Word' } } }),
      await app.inject({ method: 'POST', url: '/api/vocabulary/sync', headers: learner, payload: { to: 'anki' } }),
      await app.inject({ method: 'POST', url: '/api/vocabulary/sync', headers: learner, payload: { to: 'notion' } }),
      // The same job started through the general jobs route.
      await app.inject({ method: 'POST', url: '/api/jobs', headers: learner, payload: { pipeline: 'vocabulary-sync', input: { to: 'anki' } } }),
    ];
    for (const response of refusals) {
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
      expect(response.json().error.message).toMatch(/only an administrator/);
    }
    expect(refusals[0].json().error.message).toMatch(/^Importing from Anki/);
    expect((await get('/api/jobs', learner)).json().jobs.filter((job: JobRecord) => job.pipeline === 'vocabulary-sync')).toEqual([]);
    // A word list needs no account of the operator's, so every user may import one.
    expect((await app.inject({ method: 'POST', url: '/api/vocabulary/known', headers: learner, payload: { text: '配信' } })).statusCode).toBe(200);
  });
});
