import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioAnalysisSchema } from '../../media/audio/audio-analysis-schema.ts';
import { detectSceneChanges } from '../../media/video/testing/detect-scene-changes.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import type { MusicVideoOutput } from './music-video-pipeline.ts';
import { differenceHash, hammingDistance } from './testing/difference-hash.ts';
import { characterPng, testSongWav, waitForJobEnd } from './testing/music-video-fixtures.ts';

const fps = 24;

/**
 * What a viewer sees: every planned cut is a cut ffmpeg's scene detection finds at its time, and the
 * key moments' pictures are not near duplicates of each other.
 */
describe.skipIf(toolMissing('ffmpeg'))('a music video cut to the song (needs ffmpeg)', () => {
  let kiln: TestRuntime;
  let output: MusicVideoOutput;
  let warnings: string[];

  beforeAll(async () => {
    kiln = await createTestRuntime();
    const song = await kiln.runtime.assets.put({ ownerId: localUserId, data: testSongWav(16, 5).wav, mediaType: 'audio/wav', name: 'song.wav' });
    const character = await kiln.runtime.assets.put({ ownerId: localUserId, data: await characterPng('#e07a2e'), mediaType: 'image/png', name: 'fox.png' });
    const created = await kiln.runtime.jobs.create(localUserId, 'music-video', {
      songAssetId: song.id, characterAssetIds: [character.id], style: 'a fox in a neon city at night', moments: 4, width: 320, height: 180, fps,
    });
    const job = await waitForJobEnd(kiln.runtime, localUserId, created.id, 240_000);
    expect(job.error).toBeNull();
    output = job.output as MusicVideoOutput;
    warnings = output.warnings.map((warning) => warning.message);
  }, 300_000);
  afterAll(() => kiln?.close());

  it('cuts on bars, busier than once per key moment, and no shot outlasts eight bars', async () => {
    const analysis = audioAnalysisSchema.parse(JSON.parse(new TextDecoder().decode(await kiln.runtime.assets.read(await kiln.runtime.assets.get(localUserId, output.analysisAssetId)))));
    expect(output.cuts.length).toBeGreaterThan(output.imageAssetIds.length);
    const bar = (analysis.downbeats.at(-1)! - analysis.downbeats[0]) / (analysis.downbeats.length - 1);
    const edges = [0, ...output.cuts, output.duration];
    for (let index = 1; index < edges.length; index++) expect(edges[index] - edges[index - 1]).toBeLessThanOrEqual(8 * bar + 0.1);
    // On the tracker's downbeats, or where it fell silent (a fading end) on the bar grid it set.
    const onGrid = (cut: number) => Math.abs((cut - analysis.downbeats[0]) / bar - Math.round((cut - analysis.downbeats[0]) / bar)) * bar <= 1 / fps + 0.02;
    for (const cut of output.cuts) expect(analysis.downbeats.some((downbeat) => Math.abs(downbeat - cut) <= 1 / fps + 1e-6) || onGrid(cut), `cut at ${cut}`).toBe(true);
  });

  it('makes every planned cut a visible one at its planned time, within one frame', async () => {
    const video = await kiln.runtime.assets.get(localUserId, output.videoAssetId);
    const seen = await kiln.runtime.assets.withLocalFile(video, (path) => detectSceneChanges(path, 0.3));
    expect(output.hardCuts.length).toBeGreaterThanOrEqual(3);
    const missed = output.hardCuts.filter((cut) => !seen.some((time) => Math.abs(time - cut) <= 1 / fps + 1e-3));
    expect(missed, `scene changes seen at ${seen.map((time) => time.toFixed(3)).join(', ')}`).toEqual([]);
  });

  it('lists the picture each shot shows, every picture in some shot', () => {
    expect(output.shotPictures).toHaveLength(output.cuts.length + 1);
    expect(new Set(output.shotPictures)).toEqual(new Set(output.imageAssetIds.map((_, index) => index)));
  });

  it('draws each key moment as its own picture, no two near duplicates', async () => {
    const hashes = await Promise.all(output.imageAssetIds.map(async (id) => differenceHash(await kiln.runtime.assets.read(await kiln.runtime.assets.get(localUserId, id)))));
    for (let first = 0; first < hashes.length; first++) {
      for (let second = first + 1; second < hashes.length; second++) {
        expect(hammingDistance(hashes[first], hashes[second]), `pictures ${first + 1} and ${second + 1}`).toBeGreaterThan(10);
      }
    }
  });

  it('describes what is drawn and warns about nothing it could draw', async () => {
    const alt = String((await kiln.runtime.assets.get(localUserId, output.imageAssetIds[0])).metadata.alt);
    expect(alt).toMatch(/^Your character .*in the city/);
    expect(alt).not.toMatch(/robot|from your picture/);
    expect(warnings.filter((message) => /no drawing for|no usable subject/.test(message))).toEqual([]);
  });

  it('says in the job output\'s warnings which style words it could not draw and which picture has no subject', { timeout: 180_000 }, async () => {
    const sharp = (await import('sharp')).default;
    const flat = await sharp({ create: { width: 80, height: 80, channels: 3, background: { r: 40, g: 160, b: 90 } } }).png().toBuffer();
    const song = await kiln.runtime.assets.put({ ownerId: localUserId, data: testSongWav(8, 7).wav, mediaType: 'audio/wav', name: 'short.wav' });
    const picture = await kiln.runtime.assets.put({ ownerId: localUserId, data: new Uint8Array(flat), mediaType: 'image/png', name: 'flat.png' });
    const created = await kiln.runtime.jobs.create(localUserId, 'music-video', {
      songAssetId: song.id, characterAssetIds: [picture.id], style: 'a wizard in a forest', moments: 3, width: 320, height: 180, fps: 12,
    });
    const job = await waitForJobEnd(kiln.runtime, localUserId, created.id, 170_000);
    expect(job.state).toBe('succeeded');
    const messages = (job.output as MusicVideoOutput).warnings.map((warning) => warning.message);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/Character picture 1 \(flat\.png\) has no usable subject/),
      expect.stringMatching(/no drawing for "wizard"/),
    ]));
  });
});
