import { describe, expect, it } from 'vitest';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { checkFfmpegFeatures } from './check-ffmpeg-features.ts';
import { crossfadeFilter } from './crossfade-filter.ts';
import { findFfmpeg, npmFfmpegPath } from './find-ffmpeg.ts';
import { runFfmpeg } from './run-ffmpeg.ts';

/** Red for two seconds fading to blue from 1 s to 2 s; returns the RGB of frame `index` (10 fps). */
async function renderFade(ffmpegPath: string, hasXfade: boolean): Promise<(index: number) => [number, number, number]> {
  const graph = [
    'color=c=red:s=16x16:r=10:d=2,format=yuv420p[red]',
    'color=c=blue:s=16x16:r=10:d=1,format=yuv420p[blue]',
    crossfadeFilter({ from: 'red', to: 'blue', output: 'out', offsetSeconds: 1, durationSeconds: 1, hasXfade }),
  ].join(';');
  const { stdout } = await runFfmpeg(['-hide_banner', '-v', 'error', '-filter_complex', graph, '-map', '[out]', '-frames:v', '20', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { ffmpegPath, timeoutMs: 30_000 });
  expect(stdout.length).toBe(20 * 16 * 16 * 3);
  return (index) => {
    const at = index * 16 * 16 * 3 + (8 * 16 + 8) * 3;
    return [stdout[at], stdout[at + 1], stdout[at + 2]];
  };
}

function expectFade(frame: (index: number) => [number, number, number]) {
  const [red0, , blue0] = frame(5);
  expect(red0).toBeGreaterThan(200);
  expect(blue0).toBeLessThan(40);
  // Halfway through the fade both colours show about equally.
  const [redHalf, , blueHalf] = frame(15);
  expect(Math.abs(redHalf - blueHalf)).toBeLessThan(60);
  expect(redHalf).toBeGreaterThan(70);
  const [redLate, , blueLate] = frame(19);
  expect(blueLate).toBeGreaterThan(redLate + 120);
}

describe('crossfadeFilter', () => {
  it.skipIf(toolMissing('ffmpeg'))('fades with xfade where the system ffmpeg has it', async () => {
    const ffmpegPath = await findFfmpeg();
    const features = await checkFfmpegFeatures(ffmpegPath);
    expectFade(await renderFade(ffmpegPath, features.filters.has('xfade')));
  }, 30_000);

  it.skipIf(npmFfmpegPath() === undefined)('fades by overlay on npm\'s static ffmpeg, which has no xfade', async () => {
    const ffmpegPath = npmFfmpegPath()!;
    const features = await checkFfmpegFeatures(ffmpegPath);
    expect(features.filters.has('xfade')).toBe(false);
    expectFade(await renderFade(ffmpegPath, false));
  }, 30_000);
});
