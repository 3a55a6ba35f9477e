import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../media/ffmpeg/run-ffmpeg.ts';
import { craftedFiles } from '../../media/ffmpeg/testing/crafted-manifests.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { characterPng, testSongWav, waitForJobEnd } from '../../pipelines/music-video/testing/music-video-fixtures.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { assetFiles, createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp, type BuildAppOptions } from '../build-app.ts';
import { multipartBody, type MultipartPart } from '../testing/multipart-body.ts';

describe.skipIf(toolMissing('ffmpeg'))('POST /api/music-videos (needs ffmpeg)', () => {
  let kiln: TestRuntime;
  let app: FastifyInstance | undefined;
  let songWav: Uint8Array;
  let heroPng: Uint8Array;

  beforeAll(async () => {
    kiln = await createTestRuntime();
    songWav = testSongWav(8).wav;
    heroPng = await characterPng();
  });
  afterAll(() => kiln?.close());
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function post(parts: MultipartPart[], options: Partial<BuildAppOptions> = {}) {
    app = await buildApp(kiln.runtime, { auth: kiln.auth, ...options });
    const body = multipartBody(parts);
    return app.inject({ method: 'POST', url: '/api/music-videos', payload: body.payload, headers: body.headers });
  }

  /** Every asset record of the user and every file in the store, to show a refusal left nothing. */
  const storeContents = async () => ({ records: await kiln.runtime.assets.list(localUserId), files: await assetFiles(kiln.dataDir) });

  const song = (data = songWav, filename = 'song.wav', contentType = 'audio/wav'): MultipartPart => ({ kind: 'file', field: 'song', filename, contentType, data });
  const character = (data = heroPng, filename = 'hero.png', contentType = 'image/png'): MultipartPart => ({ kind: 'file', field: 'character', filename, contentType, data });
  const field = (name: string, value: string): MultipartPart => ({ kind: 'field', field: name, value });

  it('stores the song and the characters and starts a job that makes the video', async () => {
    const response = await post([
      song(), character(), character(heroPng, 'sidekick.png'),
      field('style', 'a robot on a beach at sunset'), field('moments', '3'), field('bpm', '61.5'), field('width', '320'), field('height', '180'),
    ]);
    expect(response.statusCode).toBe(202);
    const job = response.json();
    expect(job).toMatchObject({ pipeline: 'music-video', state: 'queued', input: { style: 'a robot on a beach at sunset', moments: 3, bpm: 61.5, width: 320 } });
    expect(response.headers.location).toBe(`/api/jobs/${job.id}`);
    const songAsset = await kiln.runtime.assets.get(localUserId, job.input.songAssetId);
    // The job reads the song Kiln converted once, never the uploaded bytes, which are not kept.
    expect(songAsset).toMatchObject({ name: 'song.flac', mediaType: 'audio/flac', metadata: { kind: 'song-audio', convertedFrom: 'song.wav' } });
    expect((await kiln.runtime.assets.list(localUserId)).some((asset) => asset.name === 'song.wav')).toBe(false);
    expect(job.input.characterAssetIds).toHaveLength(2);

    const done = await waitForJobEnd(kiln.runtime, localUserId, job.id);
    expect(done.error).toBeNull();
    expect((done.output as { imageAssetIds: string[] }).imageAssetIds).toHaveLength(3);
    // The 120 BPM song, counted in halves as the form asked: the beat is found at the hinted level.
    const analysis = (await kiln.runtime.assets.list(localUserId)).find((asset) => asset.jobId === job.id && asset.metadata.kind === 'analysis');
    expect(Math.abs(Number(analysis?.metadata.bpm) / 60 - 1)).toBeLessThan(0.04);
  });

  it('refuses a song that is not audio with 415, storing nothing', async () => {
    const before = await storeContents();
    const response = await post([song(heroPng, 'song.mp3', 'application/octet-stream')]);
    expect(response.statusCode).toBe(415);
    expect(response.json().error.message).toMatch(/The song song\.mp3 is image\/png, not audio/);
    expect(await storeContents()).toEqual(before);
  });

  it('refuses a character that is not an image with 415 and deletes the song it had stored', async () => {
    const before = await storeContents();
    const text = new TextEncoder().encode('this is a drawing of my cat, honest');
    const response = await post([song(), character(text, 'cat.png', 'image/png')]);
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_media_type');
    expect(await storeContents()).toEqual(before);

    const audioAsCharacter = await post([song(), character(songWav, 'cat.wav', 'audio/wav')]);
    expect(audioAsCharacter.statusCode).toBe(415);
    expect(audioAsCharacter.json().error.message).toMatch(/is audio\/wav, not an image/);
    expect(await storeContents()).toEqual(before);
  });

  it('refuses files over the upload limit with 413, keeping nothing', async () => {
    const before = await storeContents();
    const response = await post([character(), song()], { uploadLimitBytes: 64 * 1024 });
    expect(response.statusCode).toBe(413);
    expect(await storeContents()).toEqual(before);
  });

  it('refuses a song longer than 20 minutes, found by probing, and keeps nothing', async () => {
    // 21 minutes and 10 seconds of silence: FLAC keeps it small, and its header states the length.
    const folder = await mkdtemp(join(tmpdir(), 'kiln-long-song-'));
    const path = join(folder, 'long.flac');
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=mono', '-t', '1270', '-c:a', 'flac', '-y', path]);
    const longSong = new Uint8Array(await readFile(path));
    await rm(folder, { recursive: true, force: true });
    const before = await storeContents();
    const response = await post([song(longSong, 'long.flac', 'audio/flac')]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('The song is 21.2 minutes long; Kiln takes audio and video up to 20 minutes. Trim it and upload it again.');
    expect(await storeContents()).toEqual(before);
  });

  it('refuses a corrupt song, settings out of range and a missing song, keeping nothing', async () => {
    const before = await storeContents();
    const corrupt = Uint8Array.from([...songWav.subarray(0, 12), ...new TextEncoder().encode('no chunks here, only noise'.repeat(4))]);
    const broken = await post([song(corrupt)]);
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error.message).toMatch(/could not be read; it is corrupt/);

    const tooMany = await post([song(), field('moments', '40')]);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toMatch(/moments: Too big/);

    const fastTempo = await post([song(), field('bpm', '300')]);
    expect(fastTempo.statusCode).toBe(400);
    expect(fastTempo.json().error.message).toMatch(/bpm: Too big/);

    const noSong = await post([character(), field('style', 'anything')]);
    expect(noSong.statusCode).toBe(400);
    expect(noSong.json().error.message).toMatch(/no song/);
    expect(await storeContents()).toEqual(before);
  });

  it('takes a song uploaded before by id, and refuses one that is not the user’s', async () => {
    const mine = await kiln.runtime.assets.put({ ownerId: localUserId, data: songWav, mediaType: 'audio/wav', name: 'earlier.wav' });
    const reused = await post([field('songAssetId', mine.id), field('style', 'a calm forest'), field('moments', '3')]);
    expect(reused.statusCode).toBe(202);
    const converted = await kiln.runtime.assets.get(localUserId, reused.json().input.songAssetId);
    expect(converted).toMatchObject({ mediaType: 'audio/flac', metadata: { kind: 'song-audio', convertedFrom: 'earlier.wav' } });
    await kiln.runtime.jobs.cancel(localUserId, reused.json().id).catch(() => undefined);
    // A converted song named by id is used as it is, so a new style reuses its analysis.
    const again = await post([field('songAssetId', converted.id), field('moments', '3')]);
    expect(again.json().input.songAssetId).toBe(converted.id);
    await kiln.runtime.jobs.cancel(localUserId, again.json().id).catch(() => undefined);

    const theirs = await kiln.runtime.assets.put({ ownerId: 'someone-else', data: songWav, mediaType: 'audio/wav', name: 'theirs.wav' });
    const refused = await post([field('songAssetId', theirs.id)]);
    expect(refused.statusCode).toBe(404);
  });

  it('refuses a song that is a manifest behind an ID3 or RIFF header, keeping nothing and showing no path', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiln-private-'));
    const privatePath = join(folder, 'private.m4a');
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=1000:d=8', '-y', privatePath]);
    const before = await storeContents();
    try {
      for (const crafted of craftedFiles(privatePath)) {
        const response = await post([song(crafted.bytes, 'song.mp3', 'application/octet-stream')]);
        expect(response.statusCode, crafted.name).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, crafted.name).toBeLessThan(500);
        expect(response.body).not.toContain(folder);
        expect(response.body).not.toContain(kiln.dataDir);
      }
      expect(await storeContents()).toEqual(before);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('names a repeated field, an unknown one, and a malformed body, keeping nothing', async () => {
    const before = await storeContents();
    const manyStyles = await post([song(), ...Array.from({ length: 1000 }, () => field('style', 'neon'))]);
    expect(manyStyles.statusCode).toBe(400);
    expect(manyStyles.json().error.message).toBe('The field `style` appears more than once; send it once.');
    const unknown = await post([song(), field('colour', 'red')]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual({ field: 'colour' });
    app = await buildApp(kiln.runtime, { auth: kiln.auth });
    const noBoundary = await app.inject({ method: 'POST', url: '/api/music-videos', payload: 'x', headers: { 'content-type': 'multipart/form-data' } });
    expect(noBoundary.statusCode).toBe(400);
    expect(noBoundary.json().error.message).toMatch(/^The multipart body could not be read/);
    expect(await storeContents()).toEqual(before);
  });

  it('refuses a character picture that does not decode, and strips bidi characters from names', async () => {
    const before = await storeContents();
    const broken = await post([song(), character(heroPng.subarray(0, 200), 'broken.png')]);
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error.message).toMatch(/^The image broken\.png could not be decoded/);
    expect(await storeContents()).toEqual(before);
    const named = await post([song(songWav, 'my\u202Ewav.song'), field('moments', '3')]);
    expect(named.statusCode).toBe(202);
    expect((await kiln.runtime.assets.get(localUserId, named.json().input.songAssetId)).metadata.convertedFrom).toBe('mywav.song');
    await kiln.runtime.jobs.cancel(localUserId, named.json().id).catch(() => undefined);
  });

  it('takes dance from a checkbox (on) or true/false, and refuses dancing with no character or a value it cannot read, keeping nothing', async () => {
    const before = await storeContents();
    const alone = await post([song(), field('dance', 'on')]);
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.message).toMatch(/dance: Dancing needs a character/);
    const unreadable = await post([song(), character(), field('dance', 'yes please')]);
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().error).toMatchObject({ message: 'The field `dance` must be true or false; got "yes please".', details: { field: 'dance' } });
    const twice = await post([song(), character(), field('dance', 'on'), field('dance', 'on')]);
    expect(twice.statusCode).toBe(400);
    expect(await storeContents()).toEqual(before);

    const dancing = await post([song(), character(), field('dance', 'on'), field('moments', '3')]);
    expect(dancing.statusCode).toBe(202);
    expect(dancing.json().input).toMatchObject({ dance: true });
    await kiln.runtime.jobs.cancel(localUserId, dancing.json().id).catch(() => undefined);
    const still = await post([song(), character(), field('dance', 'false'), field('moments', '3')]);
    expect(still.json().input).toMatchObject({ dance: false });
    await kiln.runtime.jobs.cancel(localUserId, still.json().id).catch(() => undefined);
  });
});
