import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../media/ffmpeg/run-ffmpeg.ts';
import { waitForJobEnd } from '../../pipelines/music-video/testing/music-video-fixtures.ts';
import type { ShortsOutput } from '../../pipelines/vocabulary/shorts/shorts-pipeline.ts';
import { makeTestRecording, type TestRecording } from '../../pipelines/vocabulary/shorts/testing/make-test-recording.ts';
import { englishVtt } from '../../pipelines/vocabulary/testing/sample-transcripts.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { assetFiles, createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { buildApp } from '../build-app.ts';
import { multipartBody, type MultipartPart } from '../testing/multipart-body.ts';

describe.skipIf(toolMissing('ffmpeg'))('POST /api/vocabulary/shorts (needs ffmpeg)', () => {
  let kiln: TestRuntime;
  let app: FastifyInstance | undefined;
  let folder: string;
  let recording: TestRecording;
  let wav: Uint8Array;
  let silentVideo: Uint8Array;

  beforeAll(async () => {
    kiln = await createTestRuntime();
    folder = await mkdtemp(join(tmpdir(), 'kiln-shorts-route-'));
    recording = await makeTestRecording(join(folder, 'stream.wav'));
    wav = await readFile(join(folder, 'stream.wav'));
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=160x90:r=10:d=40', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', join(folder, 'mute.mp4')]);
    silentVideo = await readFile(join(folder, 'mute.mp4'));
  }, 60_000);
  afterAll(async () => {
    await kiln?.close();
    await rm(folder, { recursive: true, force: true });
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const text = (value: string) => new TextEncoder().encode(value);
  const file = (field: string, filename: string, data: Uint8Array, contentType: string): MultipartPart => ({ kind: 'file', field, filename, contentType, data });
  const field = (name: string, value: string): MultipartPart => ({ kind: 'field', field: name, value });
  const storeContents = async () => ({ records: await kiln.runtime.assets.list(localUserId), files: await assetFiles(kiln.dataDir) });
  async function post(parts: MultipartPart[]) {
    app = await buildApp(kiln.runtime, { auth: kiln.auth });
    const body = multipartBody(parts);
    return app.inject({ method: 'POST', url: '/api/vocabulary/shorts', payload: body.payload, headers: body.headers });
  }

  it('plans first (planOnly), then renders the clips the user chose from the stored assets', { timeout: 180_000 }, async () => {
    const planned = await post([field('planOnly', 'true'), file('recording', 'stream.wav', wav, 'audio/wav'), file('transcript', 'stream.vtt', text(recording.transcript), 'text/vtt')]);
    expect(planned.statusCode).toBe(202);
    const planJob = planned.json();
    expect(planJob).toMatchObject({ pipeline: 'vocabulary-shorts', input: { planOnly: true, count: 3 } });
    expect(planJob.steps.map((step: { name: string }) => step.name)).toEqual(['plan']);
    const plan = (await waitForJobEnd(kiln.runtime, localUserId, planJob.id)).output as ShortsOutput;
    expect(plan.clips).toHaveLength(3);
    expect(plan.shorts).toEqual([]);

    const chosen = [{ start: plan.clips[2].start, end: plan.clips[2].end }];
    const rendered = await app!.inject({
      method: 'POST', url: '/api/vocabulary/shorts',
      payload: { recordingAssetId: planJob.input.recordingAssetId, transcriptAssetId: planJob.input.transcriptAssetId, clips: chosen, width: 180, height: 320 },
    });
    expect(rendered.statusCode).toBe(202);
    const done = await waitForJobEnd(kiln.runtime, localUserId, rendered.json().id);
    expect(done.error).toBeNull();
    const output = done.output as ShortsOutput;
    expect(output.shorts).toHaveLength(1);
    const short = await kiln.runtime.assets.get(localUserId, output.shorts[0].assetId);
    expect(short).toMatchObject({ name: 'short-01.mp4', mediaType: 'video/mp4', metadata: { kind: 'short', width: 180, height: 320 } });
    // A real frame beside it, which the Library shows as the job's picture instead of an empty box.
    const poster = await kiln.runtime.assets.get(localUserId, output.shorts[0].posterAssetId);
    expect(poster).toMatchObject({ name: 'short-01.jpg', mediaType: 'image/jpeg', metadata: { kind: 'short-poster' } });
    const library = await app!.inject({ method: 'GET', url: '/api/library?studio=vocabulary-shorts' });
    const listed = library.json().items.find((item: { jobId: string }) => item.jobId === done.id);
    expect(listed).toMatchObject({ thumbnailAssetId: poster.id, downloadAssetId: short.id, state: 'succeeded', title: expect.stringMatching(/^Shorts of /) });
    const listedPlan = library.json().items.find((item: { jobId: string }) => item.jobId === planJob.id);
    expect(listedPlan.title).toMatch(/^Clip plan for /);
  });

  it('takes the fields in the documented order with a real-sized chat log, over a real socket', async () => {
    // The request's own signal aborts once its body has been read; the checks that run after it
    // (probing the recording) must only stop when the client goes away.
    const lines = Array.from({ length: 12_000 }, (_, index) => `${Math.floor(index / 240)}:${String(Math.floor(index / 4) % 60).padStart(2, '0')} viewer${index}: ${index % 7 === 0 ? '草' : 'こんばんは'}`);
    const chat = text(`${lines.join('\n')}\n`);
    expect(chat.byteLength).toBeGreaterThan(300 * 1024);
    app = await buildApp(kiln.runtime, { auth: kiln.auth });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const body = multipartBody([
      file('recording', 'stream.wav', wav, 'audio/wav'), file('transcript', 'stream.vtt', text(recording.transcript), 'text/vtt'),
      file('chat', 'chat.txt', chat, 'text/plain'), field('planOnly', 'true'),
    ]);
    const answer = await fetch(`${address}/api/vocabulary/shorts`, { method: 'POST', body: new Uint8Array(body.payload), headers: body.headers });
    const job = await answer.json();
    expect({ status: answer.status, error: job.error }).toEqual({ status: 202, error: null });
    const plan = (await waitForJobEnd(kiln.runtime, localUserId, job.id)).output as ShortsOutput;
    expect(plan.clips.length).toBeGreaterThan(0);
  });

  it('answers 400 with a sentence and keeps nothing for a recording without sound, an English transcript, or one longer than the recording', async () => {
    const before = await storeContents();
    const mute = await post([file('recording', 'mute.mp4', silentVideo, 'video/mp4'), file('transcript', 'stream.vtt', text(recording.transcript), 'text/vtt')]);
    expect(mute.statusCode).toBe(400);
    expect(mute.json().error.message).toMatch(/no audio stream/);

    const english = await post([file('recording', 'stream.wav', wav, 'audio/wav'), file('transcript', 'en.vtt', text(englishVtt), 'text/vtt')]);
    expect(english.statusCode).toBe(400);
    expect(english.json().error.message).toMatch(/Japanese/);

    const late = recording.transcript.replace(/00:00:51\.000 --> 00:00:54\.\d+/, '00:02:51.000 --> 00:02:54.000');
    const mismatched = await post([file('recording', 'stream.wav', wav, 'audio/wav'), file('transcript', 'late.vtt', text(late), 'text/vtt')]);
    expect(mismatched.statusCode).toBe(400);
    expect(mismatched.json().error.message).toBe('The transcript runs to 00:02:54 but the recording is only 00:00:56 long; upload the transcript of this recording.');
    expect(await storeContents()).toEqual(before);
  });

  it('answers a recording ffmpeg cannot read with ffmpeg\'s words, its file named <input>, no path or heap address of the server', async () => {
    const before = await storeContents();
    // An MP4 header with its boxes cut away: sniffed as video, refused by ffmpeg's demuxer.
    const broken = new Uint8Array([...silentVideo.subarray(0, 32), ...new Uint8Array(4096).fill(7)]);
    const answer = await post([file('recording', 'broken.mp4', broken, 'video/mp4'), file('transcript', 'stream.vtt', text(recording.transcript), 'text/vtt')]);
    expect(answer.statusCode).toBe(422);
    const error = answer.json().error;
    expect(error.message).toMatch(/^The recording broken\.mp4 could not be decoded/);
    expect(error.message).toMatch(/<input>/);
    expect(answer.body).not.toMatch(/0x[0-9a-f]{4,}/i);
    expect(answer.body).not.toContain(kiln.dataDir);
    expect(answer.body).not.toContain(tmpdir());
    expect(await storeContents()).toEqual(before);
  });
});
