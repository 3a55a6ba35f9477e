import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localUserId } from '../../runtime/local-user.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import type { MusicVideoOutput } from './music-video-pipeline.ts';
import { characterPng, testSongWav, waitForJobEnd } from './testing/music-video-fixtures.ts';
import { characterBoxOf, decodeVideoFrames, type PixelBox } from './testing/video-frames.ts';

const width = 480;
const height = 270;

/**
 * The default music video draws the character into each picture; the camera's close shots aim at
 * it. Before the illustrator said where it drew the character, close-ups aimed at a fixed point
 * and cut its head off (seen in the README's contact sheet).
 */
describe.skipIf(toolMissing('ffmpeg'))('a music video with the character drawn into the pictures (needs ffmpeg)', () => {
  let kiln: TestRuntime;
  let output: MusicVideoOutput;
  let boxes: { time: number; box: PixelBox | undefined }[];

  beforeAll(async () => {
    kiln = await createTestRuntime();
    const song = await kiln.runtime.assets.put({ ownerId: localUserId, data: testSongWav(12, 3).wav, mediaType: 'audio/wav', name: 'song.wav' });
    const character = await kiln.runtime.assets.put({ ownerId: localUserId, data: await characterPng('#ff00ff'), mediaType: 'image/png', name: 'hero.png' });
    const created = await kiln.runtime.jobs.create(localUserId, 'music-video', {
      songAssetId: song.id, characterAssetIds: [character.id], style: 'a hero in a meadow by day', moments: 3, width, height, fps: 24,
    });
    const job = await waitForJobEnd(kiln.runtime, localUserId, created.id, 240_000);
    expect(job.error).toBeNull();
    output = job.output as MusicVideoOutput;
    const frames = await kiln.runtime.assets.withLocalFile(await kiln.runtime.assets.get(localUserId, output.videoAssetId), (path) => decodeVideoFrames(path, width, height));
    boxes = frames.map((frame) => ({ time: frame.time, box: characterBoxOf(frame.pixels, width, height) }));
  }, 300_000);
  afterAll(() => kiln?.close());

  it('keeps the character\'s head in shot in every frame, close-ups too, and fills more of a close-up', () => {
    const seen = boxes.filter((each) => each.box !== undefined);
    expect(seen.length, 'frames showing the character').toBeGreaterThan(boxes.length * 0.8);
    const headCut = seen.filter((each) => each.box!.top <= 0).map((each) => each.time.toFixed(2));
    expect(headCut, 'times of frames whose top edge cuts the character').toEqual([]);
    // Close-ups are still close: the character stands taller in some shots than in others.
    const heights = seen.map((each) => each.box!.bottom - each.box!.top + 1).sort((first, second) => first - second);
    expect(heights.at(-1)!).toBeGreaterThan(heights[0] * 1.6);
  });
});
