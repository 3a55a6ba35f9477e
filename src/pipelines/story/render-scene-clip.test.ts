import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverSize, renderSceneClip } from './render-scene-clip.ts';
import { videoFrameSize } from './video-frame-size.ts';

const run = promisify(execFile);
let folder: string;
let widePicture: string;

/** A 16:9 picture whose top rows are red (a hat) and bottom rows blue (the feet): both must stay in the video. */
async function makeWidePicture(path: string): Promise<void> {
  const width = 1024;
  const height = 576;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const colour = y < 24 ? [220, 30, 30] : y >= height - 24 ? [30, 30, 220] : [40, 160, 60];
    for (let x = 0; x < width; x++) pixels.set(colour, (y * width + x) * 3);
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } }).png().toFile(path);
}

/** The clip's size and its first frame's top and bottom rows, averaged, as RGB. */
async function firstFrame(clip: string): Promise<{ width: number; height: number; top: number[]; bottom: number[] }> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'json', clip]);
  const { width, height } = (JSON.parse(stdout) as { streams: { width: number; height: number }[] }).streams[0];
  const png = join(folder, 'frame.png');
  await run('ffmpeg', ['-v', 'error', '-y', '-i', clip, '-frames:v', '1', png]);
  const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const row = (y: number) => [0, 1, 2].map((channel) => {
    let sum = 0;
    for (let x = 0; x < width; x++) sum += data[(y * width + x) * 3 + channel];
    return Math.round(sum / width);
  });
  return { width, height, top: row(4), bottom: row(height - 5) };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-scene-clip-'));
  widePicture = join(folder, 'wide.png');
  await makeWidePicture(widePicture);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('renderSceneClip', () => {
  it('shows a 16:9 picture whole in a landscape video: its top and bottom rows are in the frame', async () => {
    const frame = videoFrameSize({ width: 1024, height: 576 }, 'landscape');
    expect(frame).toEqual({ width: 1024, height: 576 });
    const clip = join(folder, 'landscape.mp4');
    await renderSceneClip({ image: widePicture, output: clip, seconds: 0.5, ...frame });
    const seen = await firstFrame(clip);
    expect([seen.width, seen.height]).toEqual([1024, 576]);
    expect(seen.top[0]).toBeGreaterThan(150); // red: the hat is there
    expect(seen.bottom[2]).toBeGreaterThan(150); // blue: so are the feet
  }, 60_000);

  it('makes a 9:16 video on request, the picture\'s full height shown and panned across', async () => {
    const frame = videoFrameSize({ width: 1024, height: 576 }, 'portrait');
    const clip = join(folder, 'portrait.mp4');
    await renderSceneClip({ image: widePicture, output: clip, seconds: 0.5, ...frame });
    const seen = await firstFrame(clip);
    expect([seen.width, seen.height]).toEqual([576, 1024]);
    expect(seen.top[0]).toBeGreaterThan(150);
    expect(seen.bottom[2]).toBeGreaterThan(150);
  }, 60_000);
});

describe('coverSize and videoFrameSize', () => {
  it('covers the frame with room to pan, keeping the picture\'s shape, on even sides', () => {
    expect(coverSize({ width: 1024, height: 576 }, { width: 1024, height: 576 })).toEqual({ width: 1086, height: 612 });
    expect(coverSize({ width: 1024, height: 576 }, { width: 576, height: 1024 })).toEqual({ width: 1822, height: 1024 });
    expect(videoFrameSize({ width: 768, height: 576 }, 'landscape')).toEqual({ width: 768, height: 576 });
    expect(videoFrameSize({ width: 1344, height: 768 }, 'landscape')).toEqual({ width: 1008, height: 576 });
  });
});
