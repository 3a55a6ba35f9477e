import { describe, expect, it } from 'vitest';
import { cartoonFilter } from './cartoon-filter.ts';
import { findPalette } from './palettes.ts';
import { channelSpread, pixelAt, twoToneImage } from './testing/synthetic-images.ts';

describe('cartoon filter', () => {
  // Colours well inside one quantisation step (6 levels: steps of 51), so grain alone cannot flip a fill.
  const image = twoToneImage(64, 48, [200, 150, 105], [40, 100, 200], 14);

  it('turns grainy areas into flat fills', async () => {
    const output = await cartoonFilter(image);
    expect(channelSpread(output, 0, 4, 4, 26, 44)).toBe(0);
    expect(channelSpread(output, 2, 38, 4, 60, 44)).toBe(0);
    // Two fills cover almost all of it; the rest is the soft-sided line and the blur's seam between them.
    const counts = new Map<string, number>();
    for (let offset = 0; offset < output.data.length; offset += 3) {
      const key = `${output.data[offset]},${output.data[offset + 1]},${output.data[offset + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [first, second] = [...counts.values()].sort((a, b) => b - a);
    expect((first + second) / (64 * 48)).toBeGreaterThan(0.85);
  });

  it('draws a dark line along the boundary between areas', async () => {
    const output = await cartoonFilter(image);
    const line = Math.min(...[30, 31, 32, 33].map((x) => pixelAt(output, x, 24).reduce((sum, value) => sum + value, 0)));
    const left = pixelAt(output, 10, 24).reduce((sum, value) => sum + value, 0);
    const right = pixelAt(output, 54, 24).reduce((sum, value) => sum + value, 0);
    expect(line).toBeLessThan(Math.min(left, right) * 0.5);
  });

  it('fills with palette colours when given one', async () => {
    const palette = findPalette('pop')!;
    const fill = pixelAt(await cartoonFilter(image, { palette }), 10, 24);
    expect(palette.colors.map((color) => color.join(','))).toContain(fill.join(','));
  });
});
