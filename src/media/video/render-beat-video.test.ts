import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../../engine/errors/index.ts';
import { checkFfmpegFeatures } from '../ffmpeg/check-ffmpeg-features.ts';
import { npmFfmpegPath } from '../ffmpeg/find-ffmpeg.ts';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { probeMedia } from './probe-media.ts';
import { renderBeatVideo, type RenderBeatVideoOptions } from './render-beat-video.ts';

const colours = { red: [230, 30, 30], green: [30, 200, 60], blue: [40, 60, 220] } as const;

/** The mean colour of frame `index` of a video. */
async function frameColour(path: string, index: number): Promise<number[]> {
  const { stdout } = await runFfmpeg(['-v', 'error', '-i', path, '-vf', `select=eq(n\\,${index})`, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-']);
  const stats = await sharp(stdout).stats();
  return stats.channels.slice(0, 3).map((channel) => Math.round(channel.mean));
}

const near = (actual: number[], expected: readonly number[]) => actual.every((value, index) => Math.abs(value - expected[index]) < 16);

describe.skipIf(toolMissing('ffmpeg'))('renderBeatVideo (needs ffmpeg)', () => {
  let folder: string;
  let base: RenderBeatVideoOptions;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-render-test-'));
    const imagePaths = await Promise.all(Object.entries(colours).map(async ([name, [r, g, b]]) => {
      const path = join(folder, `${name}.png`);
      await sharp({ create: { width: 64, height: 36, channels: 3, background: { r, g, b } } }).png().toFile(path);
      return path;
    }));
    const audioPath = join(folder, 'song.wav');
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=220:d=6', '-y', audioPath]);
    base = {
      audioPath, duration: 6, imagePaths, fps: 24, width: 160, height: 90, bpm: 120,
      beats: Array.from({ length: 12 }, (_, index) => 0.5 * index),
      moments: [
        { timestamp: 0, description: 'opening', intensity: 0.3 },
        { timestamp: 2, description: 'build-up', intensity: 0.5 },
        { timestamp: 4, description: 'drop', intensity: 0.9 },
      ],
      outputPath: join(folder, 'video.mp4'),
      pieceSeconds: 1.5,
    };
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('shows each picture from its beat on, crossfading into it and cutting hard on the drop, with the song as AAC', async () => {
    const progress: number[] = [];
    const result = await renderBeatVideo({ ...base, onProgress: (fraction) => progress.push(fraction) });
    expect(result.plan.cuts).toEqual([2, 4]);
    expect(result.pieces).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(1);

    const probed = await probeMedia(base.outputPath);
    expect(probed.streams.map((stream) => `${stream.kind}:${stream.codec}`)).toEqual(['video:h264', 'audio:aac']);
    expect(Math.abs(probed.duration! - 6)).toBeLessThan(0.1);

    // The crossfade into green is one beat (12 frames) ending on the cut at frame 48.
    expect(near(await frameColour(base.outputPath, 30), colours.red)).toBe(true);
    const middle = await frameColour(base.outputPath, 42);
    expect(near(middle, colours.red) || near(middle, colours.green)).toBe(false);
    expect(near(await frameColour(base.outputPath, 48), colours.green)).toBe(true);
    // The drop cuts at frame 96 exactly.
    expect(near(await frameColour(base.outputPath, 95), colours.green)).toBe(true);
    expect(near(await frameColour(base.outputPath, 96), colours.blue)).toBe(true);
  });

  it('crossfades with npm\'s static ffmpeg too, which has no xfade filter (used when the system has no ffmpeg)', async () => {
    const npmBinary = npmFfmpegPath();
    expect(npmBinary, 'the optional @ffmpeg-installer/ffmpeg dependency is installed').toBeTruthy();
    const before = process.env.KILN_FFMPEG;
    process.env.KILN_FFMPEG = npmBinary;
    const outputPath = join(folder, 'npm-ffmpeg.mp4');
    try {
      expect((await checkFfmpegFeatures(npmBinary!)).filters.has('xfade')).toBe(false);
      await renderBeatVideo({ ...base, outputPath });
    } finally {
      if (before === undefined) delete process.env.KILN_FFMPEG;
      else process.env.KILN_FFMPEG = before;
    }
    expect(near(await frameColour(outputPath, 30), colours.red)).toBe(true);
    const middle = await frameColour(outputPath, 42);
    expect(near(middle, colours.red) || near(middle, colours.green)).toBe(false);
    expect(near(await frameColour(outputPath, 48), colours.green)).toBe(true);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const rendering = renderBeatVideo({ ...base, outputPath: join(folder, 'cancelled.mp4'), signal: controller.signal });
    controller.abort();
    await expect(rendering).rejects.toBeInstanceOf(CancelledError);
  });

  it('refuses a picture count that does not match the moments', async () => {
    await expect(renderBeatVideo({ ...base, imagePaths: base.imagePaths.slice(1) })).rejects.toThrow(/one picture per key moment/);
  });
});
