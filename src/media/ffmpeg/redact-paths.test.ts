import { describe, expect, it } from 'vitest';
import { redactArgs, redactPaths } from './redact-paths.ts';

describe('redactPaths', () => {
  const args = ['-f', 'concat', '-safe', '0', '-i', '/data/work/list.txt', '-i', '/data/assets/ab/cd/abcd', '-y', '/tmp/kiln-x/out.mp4'];

  it('names inputs and the output by their role', () => {
    const stderr = "[concat @ 0x1] Impossible to open '/data/work/piece 1.mp4'\n/data/assets/ab/cd/abcd: Invalid data found when processing input\nError opening output /tmp/kiln-x/out.mp4";
    expect(redactPaths(stderr, args)).toBe("[concat] Impossible to open '<data>'\n<input>: Invalid data found when processing input\nError opening output <output>");
    expect(redactArgs(args)).toEqual(['-f', 'concat', '-safe', '0', '-i', '<input>', '-i', '<input>', '-y', '<output>']);
  });

  it('drops the heap addresses of ffmpeg\'s line prefixes and keeps the component names', () => {
    const stderr = '[mov,mp4,m4a,3gp,3g2,mj2 @ 0x562da1f0c100] moov atom not found\n[aist#0:0/aac @ 0x7F00AB] Error while decoding';
    expect(redactPaths(stderr, [])).toBe('[mov,mp4,m4a,3gp,3g2,mj2] moov atom not found\n[aist#0:0/aac] Error while decoding');
  });

  it('hides paths ffmpeg found inside a file, file: URLs included, and leaves units and ratios alone', () => {
    expect(redactPaths('Opening file:///home/me/private.m4a for reading, 128 kb/s, SAR 1/1', [])).toBe('Opening <data> for reading, 128 kb/s, SAR 1/1');
  });
});
