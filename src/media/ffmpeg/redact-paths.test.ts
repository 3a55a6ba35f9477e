import { describe, expect, it } from 'vitest';
import { redactArgs, redactPaths } from './redact-paths.ts';

describe('redactPaths', () => {
  const args = ['-f', 'concat', '-safe', '0', '-i', '/data/work/list.txt', '-i', '/data/assets/ab/cd/abcd', '-y', '/tmp/kiln-x/out.mp4'];

  it('names inputs and the output by their role', () => {
    const stderr = "[concat @ 0x1] Impossible to open '/data/work/piece 1.mp4'\n/data/assets/ab/cd/abcd: Invalid data found when processing input\nError opening output /tmp/kiln-x/out.mp4";
    expect(redactPaths(stderr, args)).toBe("[concat @ 0x1] Impossible to open '<data>'\n<input>: Invalid data found when processing input\nError opening output <output>");
    expect(redactArgs(args)).toEqual(['-f', 'concat', '-safe', '0', '-i', '<input>', '-i', '<input>', '-y', '<output>']);
  });

  it('hides paths ffmpeg found inside a file, file: URLs included, and leaves units and ratios alone', () => {
    expect(redactPaths('Opening file:///home/me/private.m4a for reading, 128 kb/s, SAR 1/1', [])).toBe('Opening <data> for reading, 128 kb/s, SAR 1/1');
  });
});
