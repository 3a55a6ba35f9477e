import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';
import { toolMissing } from '../../../runtime/testing/tool-missing.ts';
import { renderShort } from './render-short.ts';

describe.skipIf(toolMissing('ffmpeg'))('the poster frame renderShort writes beside a short (needs ffmpeg)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-short-poster-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('is a real frame of the vertical short as a 360 px wide JPEG, the one a third of the way in', async () => {
    const recordingPath = join(folder, 'stream.mp4');
    // A moving test pattern (every frame has colour bars, so a blank poster is told apart) whose
    // picture turns white from 2 s on: a poster taken a third of the way into 0.5-6.5 s (2.5 s) is white.
    await runFfmpeg([
      '-hide_banner', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=30:duration=8', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=8',
      '-vf', "drawbox=c=white:t=fill:enable='gte(t,2)'", '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', recordingPath,
    ]);
    const posterPath = join(folder, 'poster.jpg');
    await renderShort({
      recordingPath, hasVideo: true, start: 0.5, end: 6.5, subtitles: [], width: 180, height: 320,
      workDir: join(folder, 'work'), outputPath: join(folder, 'short.mp4'), posterPath, burnSubtitles: false,
    });
    const poster = sharp(posterPath);
    const { format, width, height } = await poster.metadata();
    expect({ format, width, height }).toEqual({ format: 'jpeg', width: 360, height: 640 });
    const { channels } = await poster.stats();
    // The blurred, darkened background is not flat, and the picture on it is white.
    expect(Math.max(...channels.map((channel) => channel.stdev))).toBeGreaterThan(20);
    const { data } = await poster.extract({ left: 170, top: 150, width: 20, height: 20 }).raw().toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeGreaterThan(200);
  });
});
