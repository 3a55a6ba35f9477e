import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';
import { toolMissing } from '../../../runtime/testing/tool-missing.ts';
import { shortPosterFrame } from './short-poster-frame.ts';

describe.skipIf(toolMissing('ffmpeg'))('shortPosterFrame (needs ffmpeg)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-short-poster-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('takes a real frame of a vertical video as a 360 px wide JPEG, not a blank picture', { timeout: 60_000 }, async () => {
    const videoPath = join(folder, 'short.mp4');
    // A moving test pattern: every frame has colour bars, so a blank or black poster is told apart.
    await runFfmpeg(['-hide_banner', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=180x320:rate=30:duration=3', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', videoPath]);
    const posterPath = join(folder, 'poster.jpg');
    await shortPosterFrame(videoPath, posterPath, 3);
    const poster = sharp(posterPath);
    const { format, width, height } = await poster.metadata();
    expect({ format, width, height }).toEqual({ format: 'jpeg', width: 360, height: 640 });
    const { channels } = await poster.stats();
    expect(Math.max(...channels.map((channel) => channel.stdev))).toBeGreaterThan(20);
  });

  it('refuses a file that is not a video with a sentence', { timeout: 30_000 }, async () => {
    await expect(shortPosterFrame(join(folder, 'missing.mp4'), join(folder, 'none.jpg'), 3)).rejects.toThrow(/poster frame could not be taken/);
  });
});
