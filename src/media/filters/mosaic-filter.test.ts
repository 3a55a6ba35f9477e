import { describe, expect, it } from 'vitest';
import { mosaicFilter } from './mosaic-filter.ts';
import { drawTestScene } from './testing/draw-test-scene.ts';
import { distinctColors } from './testing/synthetic-images.ts';

describe('mosaic filter', () => {
  it('sets the picture in a few hundred tiles with pale grout between them', () => {
    const output = mosaicFilter(drawTestScene(120, 96), { tile: 12 });
    let grout = 0;
    for (let offset = 0; offset < output.data.length; offset += 3) if (output.data[offset] === 214 && output.data[offset + 1] === 208) grout++;
    expect(grout / (120 * 96)).toBeGreaterThan(0.08);
    // Every tile is one colour shaded a little, so colours are few against the camera's grain.
    expect(distinctColors(output).size).toBeLessThan(distinctColors(drawTestScene(120, 96)).size / 4);
  });
});
