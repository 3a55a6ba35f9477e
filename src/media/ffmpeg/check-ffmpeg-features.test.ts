import { describe, expect, it } from 'vitest';
import { checkFfmpegFeatures } from './check-ffmpeg-features.ts';
import { npmFfmpegPath } from './find-ffmpeg.ts';

describe.skipIf(npmFfmpegPath() === undefined)('checkFfmpegFeatures on npm\'s static ffmpeg', () => {
  it('reads the version and lists, and names what the 2018 build lacks', async () => {
    const features = await checkFfmpegFeatures(npmFfmpegPath()!);
    expect(features.version).toBe('N-47683-g0e8eb07980-static');
    for (const encoder of ['libx264', 'aac', 'mov_text', 'flac', 'libmp3lame']) expect(features.encoders.has(encoder)).toBe(true);
    for (const filter of ['zoompan', 'tpad', 'overlay', 'ass']) expect(features.filters.has(filter)).toBe(true);
    expect(features.missing.map((need) => need.name)).toEqual(['xfade']);
    expect(features.missing[0].usedFor).toMatch(/crossfade/);
  }, 30_000);
});
