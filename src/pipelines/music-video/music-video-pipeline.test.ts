import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioAnalysisSchema, type AudioAnalysis } from '../../media/audio/audio-analysis-schema.ts';
import { probeDuration } from '../../media/ffmpeg/probe-duration.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { probeMedia } from '../../media/video/probe-media.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import type { MusicVideoOutput } from './music-video-pipeline.ts';
import { characterPng, testSongWav, waitForJobEnd } from './testing/music-video-fixtures.ts';

const fps = 24;

describe.skipIf(toolMissing('ffmpeg'))('music-video pipeline on the real runtime (needs ffmpeg)', () => {
  let kiln: TestRuntime;
  let songAssetId: string;
  let characterAssetId: string;
  let songSeconds: number;

  beforeAll(async () => {
    kiln = await createTestRuntime();
    const { wav } = testSongWav(20);
    const song = await kiln.runtime.assets.put({ ownerId: localUserId, data: wav, mediaType: 'audio/wav', name: 'song.wav' });
    songAssetId = song.id;
    songSeconds = await kiln.runtime.assets.withLocalFile(song, probeDuration);
    const character = await kiln.runtime.assets.put({ ownerId: localUserId, data: await characterPng(), mediaType: 'image/png', name: 'hero.png' });
    characterAssetId = character.id;
  });
  afterAll(() => kiln?.close());

  async function run(input: Record<string, unknown>, ownerId = localUserId) {
    const created = await kiln.runtime.jobs.create(ownerId, 'music-video', { width: 480, height: 270, fps, ...input });
    return waitForJobEnd(kiln.runtime, ownerId, created.id);
  }

  async function analysisOf(output: MusicVideoOutput): Promise<AudioAnalysis> {
    const asset = await kiln.runtime.assets.get(localUserId, output.analysisAssetId);
    return audioAnalysisSchema.parse(JSON.parse(new TextDecoder().decode(await kiln.runtime.assets.read(asset))));
  }

  it('makes an H.264 + AAC video as long as the song, one picture per key moment and per section no moment opens, cuts on beats', { timeout: 180_000 }, async () => {
    const job = await run({ songAssetId, characterAssetIds: [characterAssetId], style: 'a fox in a city at night', moments: 5 });
    expect(job.error).toBeNull();
    expect(job.state).toBe('succeeded');
    const output = job.output as MusicVideoOutput;
    const analysis = await analysisOf(output);

    expect(analysis.key_moments.length).toBe(5);
    const opened = analysis.sections.filter((section) => !analysis.key_moments.some((moment) => moment.timestamp >= section.start - 2 && moment.timestamp <= section.start + Math.min(4, (section.end - section.start) / 4)));
    expect(output.imageAssetIds).toHaveLength(analysis.key_moments.length + opened.length);
    for (const id of output.imageAssetIds) {
      const image = await kiln.runtime.assets.get(localUserId, id);
      expect(image).toMatchObject({ mediaType: 'image/png', jobId: job.id });
      expect(String(image.metadata.alt)).toMatch(/\w+ \w+/);
    }
    expect(job.steps.find((step) => step.name === 'images')?.servedBy).toContain('builtin:illustrator');

    const video = await kiln.runtime.assets.get(localUserId, output.videoAssetId);
    expect(video).toMatchObject({ name: 'final_video.mp4', mediaType: 'video/mp4' });
    const probed = await kiln.runtime.assets.withLocalFile(video, (path) => probeMedia(path));
    expect(probed.streams.map((stream) => `${stream.kind}:${stream.codec}`)).toEqual(['video:h264', 'audio:aac']);
    expect(probed.streams[0]).toMatchObject({ width: 480, height: 270 });
    expect(Math.abs(probed.duration! - songSeconds)).toBeLessThan(0.1);

    // Every cut lands on a beat the analysis found, to within one frame.
    expect(output.cuts.length).toBeGreaterThanOrEqual(3);
    for (const cut of output.cuts) {
      const distance = Math.min(...analysis.beats.map((beat) => Math.abs(beat - cut)));
      expect(distance).toBeLessThanOrEqual(1 / fps);
    }
    const thumbnail = await kiln.runtime.assets.get(localUserId, output.thumbnailAssetId);
    expect(thumbnail).toMatchObject({ name: 'thumbnail.jpg', mediaType: 'image/jpeg' });
  });

  it('re-renders with a new style reusing the analysis, and with a new offset reusing the pictures', { timeout: 300_000 }, async () => {
    const first = await run({ songAssetId, style: 'a calm meadow', moments: 4 });
    const restyled = await run({ songAssetId, style: 'a stormy ocean', moments: 4 });
    expect([first.state, restyled.state]).toEqual(['succeeded', 'succeeded']);
    const cachedOf = (job: typeof first) => Object.fromEntries(job.steps.map((step) => [step.name, step.cached]));
    expect(cachedOf(first)).toEqual({ analyze: false, images: false, video: false });
    expect(cachedOf(restyled)).toEqual({ analyze: true, images: false, video: false });

    const shifted = await run({ songAssetId, style: 'a stormy ocean', moments: 4, beatOffsetSeconds: 0.1 });
    expect(shifted.state).toBe('succeeded');
    expect(cachedOf(shifted)).toEqual({ analyze: true, images: true, video: false });
    const output = shifted.output as MusicVideoOutput;
    const analysis = await analysisOf(output);
    for (const cut of output.cuts) {
      expect(Math.min(...analysis.beats.map((beat) => Math.abs(beat + 0.1 - cut)))).toBeLessThanOrEqual(1 / fps);
    }
  });

  it('fails with a clear error for a song that is not the owner’s', async () => {
    const job = await run({ songAssetId, moments: 3 }, 'someone-else');
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'not_found', step: 'analyze' });
    expect(job.error?.message).toMatch(/song .* is not among your assets/);
  });

  it('fails with a clear error for a song that is an image, and for a silent song', async () => {
    const notAudio = await run({ songAssetId: characterAssetId });
    expect(notAudio.error).toMatchObject({ code: 'unsupported_media_type', message: expect.stringMatching(/must be audio/) });

    const silence = new Float32Array(22050 * 5);
    const { encodeWav } = await import('../../media/audio/encode-wav.ts');
    const silent = await kiln.runtime.assets.put({ ownerId: localUserId, data: encodeWav(silence, 22050), mediaType: 'audio/wav', name: 'silence.wav' });
    const quiet = await run({ songAssetId: silent.id });
    expect(quiet.error).toMatchObject({ code: 'bad_input', message: expect.stringMatching(/silent/) });
  });
});
