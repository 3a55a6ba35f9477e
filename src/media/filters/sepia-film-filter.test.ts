import { describe, expect, it } from 'vitest';
import { sepiaFilmFilter } from './sepia-film-filter.ts';
import { drawTestScene } from './testing/draw-test-scene.ts';
import { brightnessAt } from './testing/look-measures.ts';
import { twoToneImage } from './testing/synthetic-images.ts';

describe('sepia film filter', () => {
  it('turns every colour brown (red ≥ green ≥ blue), whatever it was', async () => {
    const output = await sepiaFilmFilter(drawTestScene(64, 64), { grain: 0 });
    for (let offset = 0; offset < output.data.length; offset += 3) {
      expect(output.data[offset]).toBeGreaterThanOrEqual(output.data[offset + 1]);
      expect(output.data[offset + 1]).toBeGreaterThanOrEqual(output.data[offset + 2]);
    }
  });

  it('darkens the corners and adds grain to a flat grey', async () => {
    const grey = twoToneImage(64, 64, [128, 128, 128], [128, 128, 128]);
    const output = await sepiaFilmFilter(grey);
    expect(brightnessAt(output, 1, 1)).toBeLessThan(brightnessAt(output, 32, 32) * 0.85);
    const centre = new Set([30, 31, 32, 33, 34].map((x) => brightnessAt(output, x, 32)));
    expect(centre.size).toBeGreaterThan(1);
  });
});
