import { describe, expect, it } from 'vitest';
import { halftoneFilter } from './halftone-filter.ts';
import { twoToneImage } from './testing/synthetic-images.ts';

describe('halftone filter', () => {
  it('prints in ink or bare paper only, with more ink where the picture is darker', async () => {
    const output = await halftoneFilter(twoToneImage(96, 48, [60, 60, 60], [200, 200, 200]));
    expect(new Set(output.data)).toEqual(new Set([20, 250, 247, 238]));
    const inked = (left: number) => {
      let count = 0;
      for (let y = 8; y < 40; y++) for (let x = left; x < left + 32; x++) if (output.data[(y * 96 + x) * 3] === 20) count++;
      return count / (32 * 32);
    };
    expect(inked(4)).toBeGreaterThan(0.5);
    expect(inked(60)).toBeLessThan(0.35);
    expect(inked(60)).toBeGreaterThan(0.02);
  });
});
