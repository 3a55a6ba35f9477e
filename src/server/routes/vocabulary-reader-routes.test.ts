import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardFieldNames } from '../../pipelines/vocabulary/cards/card-fields.ts';
import { createVocabularyStore } from '../../pipelines/vocabulary/store/vocabulary-store.ts';
import { makeCardRecording } from '../../pipelines/vocabulary/testing/make-card-recording.ts';
import { readAnkiPackage, stripAnkiHtml } from '../../pipelines/vocabulary/testing/read-anki-package.ts';
import { sampleAnalysis } from '../../pipelines/vocabulary/testing/sample-analysis.ts';
import type { StreamReader } from '../../pipelines/vocabulary/reader/stream-reader.ts';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { multipartBody } from '../testing/multipart-body.ts';
import { databaseOf } from './profile-routes.ts';

/** Three cues: a glossary term and an ordinary word, two glossary terms, and a cue with one of them again. */
const readerVtt = 'WEBVTT\n\n00:00:00.500 --> 00:00:02.000\nスパチャありがとう！\n\n00:00:02.000 --> 00:00:03.500\n今日はコラボ配信です\n\n00:00:03.500 --> 00:00:05.000\nまたスパチャきた\n';

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
  const body = multipartBody([{ kind: 'file', field: 'file', filename: 'stream.vtt', contentType: 'text/vtt', data: Buffer.from(readerVtt) }]);
  const upload = await app.inject({ method: 'POST', url: '/api/vocabulary/streams', headers: { ...learner, ...body.headers }, payload: body.payload });
  let job = upload.json() as JobRecord;
  while (!['succeeded', 'failed', 'cancelled'].includes(job.state)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    job = (await app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers: learner })).json() as JobRecord;
  }
  expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
  streamId = (job.output as { streamId: string }).streamId;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await testRuntime?.close();
});

const reader = async (headers: Record<string, string> = learner, id = streamId) => app.inject({ method: 'GET', url: `/api/vocabulary/streams/${id}/reader`, headers });

describe('GET /api/vocabulary/streams/:id/reader', () => {
  it('answers only the stream\'s owner: 401 without a token, 404 for another learner and for no such stream', async () => {
    expect((await reader({})).statusCode).toBe(401);
    const stranger = await reader(other);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.body).not.toMatch(/スパチャ/);
    expect((await reader(learner, 'no-such-stream')).statusCode).toBe(404);
  });

  it('gives every cue its times and its text cut into words, each item tied to the learner\'s expression and status', async () => {
    const response = await reader();
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json() as StreamReader;
    expect(answer.stream.id).toBe(streamId);
    expect(answer.recording).toBeNull();
    expect(answer.cues.map((cue) => [cue.start, cue.end])).toEqual([[0.5, 2], [2, 3.5], [3.5, 5]]);
    // The words put together are the cue as the analysis read it, nothing lost or doubled.
    expect(answer.cues.map((cue) => cue.words.map((word) => word.text).join(''))).toEqual(['スパチャありがとう!', '今日はコラボ配信です', 'またスパチャきた']);

    const listed = (await app.inject({ method: 'GET', url: `/api/vocabulary?stream=${streamId}&status=all&pageSize=500`, headers: learner })).json() as { items: { id: string; expression: string }[] };
    const supacha = listed.items.find((item) => item.expression === 'スパチャ')!;
    const words = answer.cues.flatMap((cue) => cue.words);
    expect(words.filter((word) => word.text === 'スパチャ')).toEqual([
      { text: 'スパチャ', entryId: supacha.id, status: 'new', runningWords: 1 },
      { text: 'スパチャ', entryId: supacha.id, status: 'new', runningWords: 1 },
    ]);
    // Every expression the extraction found in this stream is somewhere in the reader, and only those.
    const tied = new Set(words.flatMap((word) => (word.entryId ? [word.entryId] : [])));
    expect([...tied].sort()).toEqual(listed.items.map((item) => item.id).sort());
    const entry = answer.entries.find((candidate) => candidate.id === supacha.id)!;
    expect(entry).toMatchObject({ expression: 'スパチャ', kind: expect.any(String), cues: [0, 2], partOfSpeech: expect.any(String) });
    // Particles and punctuation are no running words; plain text has no entry.
    expect(words.find((word) => word.text.startsWith('ありがとう'))).toMatchObject({ entryId: null, status: null });
  });

  it('follows the learner\'s marks: a word marked known reads known in every cue', async () => {
    const entryId = (await reader()).json().cues[0].words[0].entryId as string;
    const marked = await app.inject({ method: 'PATCH', url: `/api/vocabulary/${entryId}`, headers: learner, payload: { status: 'known' } });
    expect(marked.statusCode).toBe(204);
    const words = ((await reader()).json() as StreamReader).cues.flatMap((cue) => cue.words).filter((word) => word.entryId === entryId);
    expect(words.map((word) => word.status)).toEqual(['known', 'known']);
  });

  it('names the attached recording, whose bytes are served in ranges to the owner only', async () => {
    const body = multipartBody([{ kind: 'file', field: 'file', filename: 'stream.mp4', contentType: 'video/mp4', data: await makeCardRecording(6, { size: '160x90', rate: 5 }) }]);
    const attached = await app.inject({ method: 'PUT', url: `/api/vocabulary/streams/${streamId}/recording`, headers: { ...learner, ...body.headers }, payload: body.payload });
    expect(attached.statusCode, attached.body).toBe(200);
    const { recording } = (await reader()).json() as StreamReader;
    expect(recording).toEqual({ assetId: attached.json().recordingAssetId, mediaType: 'video/mp4' });
    const part = await app.inject({ method: 'GET', url: `/api/assets/${recording!.assetId}/content`, headers: { ...learner, range: 'bytes=0-99' } });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload).toHaveLength(100);
    expect((await app.inject({ method: 'GET', url: `/api/assets/${recording!.assetId}/content`, headers: other })).statusCode).toBe(404);
  }, 60_000);

  it('mines a word from the cue it was heard in: a card with that cue\'s sentence, audio and picture in the mined deck', async () => {
    const { cues, entries } = (await reader()).json() as StreamReader;
    const supacha = entries.find((entry) => entry.expression === 'スパチャ')!;
    expect(supacha.mined).toBe(false);
    const mine = (headers: Record<string, string>, start: number | null, entryId = supacha.id) =>
      app.inject({ method: 'POST', url: `/api/vocabulary/${entryId}/mine`, headers, payload: { streamId, start } });

    // Another learner cannot mine it, and a cue the word is not in is refused with nothing changed.
    expect((await mine(other, cues[2].start)).statusCode).toBe(404);
    const wrongCue = await mine(learner, cues[1].start);
    expect(wrongCue.statusCode).toBe(400);
    expect(wrongCue.json().error.message).toMatch(/was not heard in stream/);
    expect(((await reader()).json() as StreamReader).entries.find((entry) => entry.id === supacha.id)).toMatchObject({ mined: false, status: 'known' });

    const mined = await mine(learner, cues[2].start);
    expect(mined.statusCode, mined.body).toBe(200);
    expect(mined.json()).toMatchObject({
      entry: { id: supacha.id, status: 'learning', example: { sentence: expect.stringContaining('またスパチャきた'), start: 3.5 } },
      card: { audio: true, picture: true, notes: [] },
    });
    expect(((await reader()).json() as StreamReader).entries.find((entry) => entry.id === supacha.id)).toMatchObject({ mined: true, status: 'learning' });

    const exported = await app.inject({ method: 'GET', url: '/api/vocabulary/export?format=apkg&mined=true', headers: learner });
    expect(exported.statusCode).toBe(200);
    const deck = await readAnkiPackage(exported.rawPayload);
    expect(deck.notes.map((note) => stripAnkiHtml(note.fields[0]))).toEqual(['スパチャ']);
    const [fields] = deck.notes.map((note) => note.fields);
    expect(fields[cardFieldNames.indexOf('Sentence')]).toContain('また<b>スパチャ</b>きた');
    const sound = /^\[sound:(.+)\]$/.exec(fields[cardFieldNames.indexOf('SentenceAudio')])![1];
    const picture = /^<img src="(.+)">$/.exec(fields[cardFieldNames.indexOf('Picture')])![1];
    expect((await deck.mediaFile(sound))!.length).toBeGreaterThan(1000);
    expect((await deck.mediaFile(picture))!.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  }, 60_000);

  it('says why a stream transcribed from its recording cannot be read along (409, no transcript kept)', async () => {
    const { streamId: transcribed } = await createVocabularyStore(databaseOf(testRuntime.runtime)).saveStream('learner-1', {
      jobId: null as unknown as string, source: {}, format: 'recording', origin: 'recording', transcriptAssetId: null, recordingAssetId: null, cueCount: 3, analysis: sampleAnalysis(),
    });
    const response = await reader(learner, transcribed);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/transcribed from its recording and its transcript was not kept/);
  });
});
