import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterPng, testSongWav, waitForJobEnd } from '../../pipelines/music-video/testing/music-video-fixtures.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { buildApp } from '../build-app.ts';

describe.skipIf(toolMissing('ffmpeg'))('the music video library: GET and DELETE /api/music-videos (needs ffmpeg)', () => {
  let kiln: TestRuntime;
  let app: FastifyInstance;
  let jobId: string;
  let songAssetId: string;

  beforeAll(async () => {
    kiln = await createTestRuntime();
    app = await buildApp(kiln.runtime, { auth: kiln.auth });
    const song = await kiln.runtime.assets.put({ ownerId: localUserId, data: testSongWav(8).wav, mediaType: 'audio/wav', name: 'first dance.wav' });
    const hero = await kiln.runtime.assets.put({ ownerId: localUserId, data: await characterPng(), mediaType: 'image/png', name: 'hero.png' });
    songAssetId = song.id;
    const created = await kiln.runtime.jobs.create(localUserId, 'music-video', {
      songAssetId, characterAssetIds: [hero.id], style: 'a cat on a beach', moments: 3, width: 320, height: 180, fps: 12,
    });
    jobId = created.id;
    expect((await waitForJobEnd(kiln.runtime, localUserId, jobId, 180_000)).state).toBe('succeeded');
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await kiln?.close();
  });

  it('lists a finished video with its thumbnail, song name, length, size and date', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/music-videos' });
    expect(response.statusCode).toBe(200);
    const { videos } = response.json();
    expect(videos).toEqual([expect.objectContaining({
      jobId, songAssetId, songName: 'first dance.wav', width: 320, height: 180, fps: 12, style: 'a cat on a beach', moments: 3,
    })]);
    expect(videos[0].duration).toBeCloseTo(8, 0);
    const thumbnail = await app.inject({ method: 'GET', url: `/api/assets/${videos[0].thumbnailAssetId}/content` });
    expect(thumbnail.headers['content-type']).toBe('image/jpeg');
  });

  it('answers 404 for a video that is not there (or is someone else’s: the job service cannot tell them apart)', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/api/music-videos/no-such-job' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });

  it('deletes the video, its files and the song and picture it was made from', async () => {
    const { videos: [video] } = (await app.inject({ method: 'GET', url: '/api/music-videos' })).json();
    const response = await app.inject({ method: 'DELETE', url: `/api/music-videos/${jobId}` });
    expect(response.statusCode).toBe(200);
    expect(response.json().deletedAssets).toBeGreaterThanOrEqual(7);
    expect((await app.inject({ method: 'GET', url: '/api/music-videos' })).json().videos).toEqual([]);
    for (const id of [video.videoAssetId, video.thumbnailAssetId, songAssetId]) {
      expect((await app.inject({ method: 'GET', url: `/api/assets/${id}` })).statusCode).toBe(404);
    }
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${jobId}` })).statusCode).toBe(404);
  });
});
