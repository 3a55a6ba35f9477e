import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { probeMedia } from './probe-media.ts';
import { renderClipVideo, type ClipRequest } from './render-clip-video.ts';

const colours = ['#e61e1e', '#1ec83c', '#283cdc'];

async function frameColour(path: string, index: number): Promise<number[]> {
  const { stdout } = await runFfmpeg(['-v', 'error', '-i', path, '-vf', `select=eq(n\\,${index})`, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-']);
  return (await sharp(stdout).stats()).channels.slice(0, 3).map((channel) => Math.round(channel.mean));
}

describe.skipIf(toolMissing('ffmpeg'))('renderClipVideo (needs ffmpeg)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-clip-test-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('fits clips of the wrong length to their scenes, so the video is as long as the song and cuts on its beats', async () => {
    const audioPath = join(folder, 'song.wav');
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=220:d=6', '-y', audioPath]);
    const requests: ClipRequest[] = [];
    const outputPath = join(folder, 'out.mp4');
    // Scene 0 gets a clip far too short (stretched), scene 1 one far too long (cut), scene 2 about right.
    const clipSeconds = [0.4, 8, 2];
    const { plan } = await renderClipVideo({
      audioPath, duration: 6, fps: 24, width: 160, height: 90, bpm: 120,
      imagePaths: ['a.png', 'b.png', 'c.png'],
      beats: Array.from({ length: 12 }, (_, index) => 0.5 * index),
      moments: [
        { timestamp: 0, description: 'opening', intensity: 0.3 },
        { timestamp: 2.1, description: 'build-up', intensity: 0.5 },
        { timestamp: 3.9, description: 'drop', intensity: 0.9 },
      ],
      outputPath,
      makeClip: async (request) => {
        requests.push(request);
        const clipPath = join(folder, `clip-${request.sceneIndex}.mp4`);
        await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', `color=c=${colours[request.sceneIndex]}:s=64x36:r=16:d=${clipSeconds[request.sceneIndex]}`, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-y', clipPath]);
        return { data: new Uint8Array(await readFile(clipPath)), extension: 'mp4' };
      },
    });
    expect(plan.cuts).toEqual([2, 4]);
    expect(requests.map((request) => [request.startImagePath, request.endImagePath, request.frames])).toEqual([['a.png', 'b.png', 48], ['b.png', 'c.png', 48], ['c.png', 'c.png', 48]]);
    const probed = await probeMedia(outputPath);
    expect(probed.streams.map((stream) => `${stream.kind}:${stream.codec}`)).toEqual(['video:h264', 'audio:aac']);
    expect(Math.abs(probed.duration! - 6)).toBeLessThan(0.1);
    const near = (actual: number[], hex: string) => actual.every((value, index) => Math.abs(value - parseInt(hex.slice(1 + 2 * index, 3 + 2 * index), 16)) < 20);
    // Each scene shows its own clip right up to the cut, and the next one from the cut's frame.
    expect(near(await frameColour(outputPath, 47), colours[0])).toBe(true);
    expect(near(await frameColour(outputPath, 48), colours[1])).toBe(true);
    expect(near(await frameColour(outputPath, 95), colours[1])).toBe(true);
    expect(near(await frameColour(outputPath, 96), colours[2])).toBe(true);
  });
});
