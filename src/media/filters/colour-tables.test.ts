import { describe, expect, it } from 'vitest';
import { saturationTable } from './colour-tables.ts';
import { nearestPaletteColor, paletteIndices, paletteKey, paletteTable } from './nearest-palette-color.ts';
import { palettes } from './palettes.ts';
import { saturationMatrix } from './vips-image.ts';

describe('colour tables', () => {
  it('saturates around grey as libvips’ colour matrix does, within rounding', () => {
    const table = saturationTable(1.4);
    const matrix = saturationMatrix(1.4);
    for (const [red, green, blue] of [[200, 120, 40], [10, 200, 90], [128, 128, 128], [250, 5, 250]]) {
      const grey = (red * 77 + green * 150 + blue * 29) >> 8;
      matrix.forEach((row, channel) => {
        const expected = Math.min(255, Math.max(0, row[0] * red + row[1] * green + row[2] * blue));
        expect(Math.abs(table[(grey << 8) | [red, green, blue][channel]] - expected)).toBeLessThanOrEqual(1.5);
      });
    }
  });

  it('snaps to the same palette colour by table as nearestPaletteColor does', () => {
    for (const palette of palettes) {
      const { index, colors, packed } = paletteTable(palette);
      const indices = paletteIndices(palette);
      for (let sample = 0; sample < 500; sample++) {
        const [red, green, blue] = [(sample * 37) % 256, (sample * 101) % 256, (sample * 173) % 256];
        const expected = nearestPaletteColor(palette, red, green, blue);
        const key = paletteKey(red, green, blue);
        expect(Array.from(colors.subarray(index[key], index[key] + 3))).toEqual([...expected]);
        expect([packed[key] >>> 16, (packed[key] >>> 8) & 255, packed[key] & 255]).toEqual([...expected]);
        expect(palette.colors[indices[key]]).toEqual(expected);
      }
    }
  });
});
