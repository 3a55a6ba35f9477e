import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../media/ffmpeg/run-ffmpeg.ts';
import { cardFieldNames } from '../../pipelines/vocabulary/cards/card-fields.ts';
import { makeCardRecording, twoCueVtt } from '../../pipelines/vocabulary/testing/make-card-recording.ts';
import { readAnkiPackage, stripAnkiHtml } from '../../pipelines/vocabulary/testing/read-anki-package.ts';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { multipartBody } from '../testing/multipart-body.ts';

let testRuntime: TestRuntime;
let app: FastifyInstance;
let learner: { authorization: string };
let other: { authorization: string };
let streamId: string;

beforeAll(async () => {
  testRuntime = await createTestRuntime({ authMode: 'jwt' });
  app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth });
  learner = await testRuntime.bearer('learner-1');
  other = await testRuntime.bearer('learner-2');
}, 60_000);
afterAll(async () => {
  await app?.close();
  await testRuntime?.close();
});

async function finish(job: JobRecord): Promise<JobRecord> {
  for (;;) {
    const record = (await app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers: learner })).json() as JobRecord;
    if (['succeeded', 'failed', 'cancelled'].includes(record.state)) return record;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const attach = (data: Uint8Array, headers = learner, id = () => streamId) => {
  const body = multipartBody([{ kind: 'file', field: 'file', filename: 'stream.mp4', contentType: 'video/mp4', data }]);
  return app.inject({ method: 'PUT', url: `/api/vocabulary/streams/${id()}/recording`, headers: { ...headers, ...body.headers }, payload: body.payload });
};

async function exportDeck() {
  const response = await app.inject({ method: 'GET', url: '/api/vocabulary/export?format=apkg', headers: learner });
  expect(response.statusCode, response.body).toBe(200);
  return { response, deck: await readAnkiPackage(response.rawPayload) };
}

const field = (fields: string[], name: (typeof cardFieldNames)[number]) => fields[cardFieldNames.indexOf(name)];

describe('attaching a recording to a stream analysed from subtitles', () => {
  it('exports text-only cards before, saying why', async () => {
    const body = multipartBody([{ kind: 'file', field: 'file', filename: 'stream.vtt', contentType: 'text/vtt', data: Buffer.from(twoCueVtt) }]);
    const upload = await app.inject({ method: 'POST', url: '/api/vocabulary/streams', headers: { ...learner, ...body.headers }, payload: body.payload });
    const job = await finish(upload.json());
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    streamId = (job.output as { streamId: string }).streamId;

    const { response, deck } = await exportDeck();
    expect(deck.notes.length).toBeGreaterThan(0);
    expect(deck.media).toEqual({});
    expect(response.headers['kiln-export-notes']).toMatch(/no sentence audio or picture: their stream has no recording, only subtitles; attach one with PUT/);
    const queued = await app.inject({ method: 'POST', url: '/api/vocabulary/exports', headers: learner, payload: { format: 'apkg' } });
    expect((await finish(queued.json())).output).toMatchObject({ notes: [expect.stringMatching(/no recording/)] });
  }, 120_000);

  it('refuses a recording shorter than the subtitles, one without sound, and another learner\'s stream, keeping none of them', async () => {
    const assetsBefore = (await testRuntime.runtime.assets.list('learner-1')).length;
    const short = await attach(await makeCardRecording(1));
    expect(short.statusCode, short.body).toBe(400);
    expect(short.json().error.message).toMatch(/subtitles run to \d+\.\d s but the recording is 1\.0 s long/);

    const silent = await runFfmpeg(['-hide_banner', '-f', 'lavfi', '-i', 'testsrc=size=320x240:duration=6', '-c:v', 'libx264', '-preset', 'ultrafast', '-f', 'mp4', '-movflags', 'frag_keyframe+empty_moov', 'pipe:1']);
    const mute = await attach(silent.stdout);
    expect(mute.statusCode, mute.body).toBe(400);
    expect(mute.json().error.message).toMatch(/no audio stream/);

    expect((await attach(await makeCardRecording(6), other)).statusCode).toBe(404);
    expect((await testRuntime.runtime.assets.list('learner-1')).length).toBe(assetsBefore);
  }, 120_000);

  it('gives every card the sentence\'s audio and picture once attached, in the download and the export job', async () => {
    const attached = await attach(await makeCardRecording(6));
    expect(attached.statusCode, attached.body).toBe(200);
    expect(attached.json()).toMatchObject({ id: streamId, recordingAssetId: expect.any(String) });

    const { response, deck } = await exportDeck();
    expect(response.headers['kiln-export-notes']).toBeUndefined();
    const names = new Set(Object.values(deck.media));
    for (const note of deck.notes) {
      const sound = /^\[sound:(.+)\]$/.exec(field(note.fields, 'SentenceAudio'))?.[1];
      const picture = /^<img src="(.+)">$/.exec(field(note.fields, 'Picture'))?.[1];
      expect(names.has(sound!), stripAnkiHtml(note.fields[0])).toBe(true);
      expect(names.has(picture!)).toBe(true);
    }
    expect(response.headers['content-type']).toBe('application/octet-stream');
    // Two cues: a clip and a picture each, however many words they hold.
    expect(names.size).toBe(4);

    // The export job's selection is cached by the vocabulary's revision, which the attached recording changes.
    const queued = await app.inject({ method: 'POST', url: '/api/vocabulary/exports', headers: learner, payload: { format: 'apkg' } });
    const job = await finish(queued.json());
    expect(job.output).toMatchObject({ notes: [] });
    const asset = await testRuntime.runtime.assets.get('learner-1', (job.output as { assetId: string }).assetId);
    expect(Object.keys((await readAnkiPackage(Buffer.from(await testRuntime.runtime.assets.read(asset)))).media)).toHaveLength(4);
  }, 120_000);

  it('documents the upload in the OpenAPI document, with its file field', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
    const operation = document.paths['/api/vocabulary/streams/{id}/recording'].put;
    expect(operation.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
  });
});
