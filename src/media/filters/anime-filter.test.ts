import { describe, expect, it } from 'vitest';
import { animeFilter } from './anime-filter.ts';
import { createRawImage, luminance } from './raw-image.ts';

describe('anime filter', () => {
  it('paints a shaded red surface in a few flat tones of red', async () => {
    const ramp = createRawImage(96, 32);
    for (let pixel = 0; pixel < 96 * 32; pixel++) ramp.data.set([40 + (pixel % 96) * 2, 20, 20], pixel * 3);
    const output = await animeFilter(ramp);
    const middle = luminance(output).subarray(16 * 96 + 4, 16 * 96 + 92);
    const tones = new Set(Array.from(middle, (value) => Math.round(value / 8)));
    expect(tones.size).toBeLessThanOrEqual(4);
    for (let x = 4; x < 92; x++) {
      const offset = (16 * 96 + x) * 3;
      expect(output.data[offset]).toBeGreaterThan(output.data[offset + 1] + 30);
    }
  });
});
