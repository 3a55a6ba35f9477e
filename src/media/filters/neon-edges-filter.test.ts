import { describe, expect, it } from 'vitest';
import { neonEdgesFilter } from './neon-edges-filter.ts';
import { meanLevel, pixelAt, twoToneImage } from './testing/synthetic-images.ts';

describe('neon edges filter', () => {
  it('darkens flat areas and lights up edges in colour', async () => {
    const image = twoToneImage(64, 48, [180, 180, 180], [40, 40, 40]);
    const output = await neonEdgesFilter(image);
    expect(meanLevel(output)).toBeLessThan(meanLevel(image) / 2);
    expect(Math.max(...pixelAt(output, 4, 24))).toBeLessThan(40);
    const tube = pixelAt(output, 32, 24);
    expect(Math.max(...tube)).toBeGreaterThan(200);
    // Colour, not white: channels differ.
    expect(Math.max(...tube) - Math.min(...tube)).toBeGreaterThan(60);
  });
});
