import { describe, expect, it } from 'vitest';
import { findPalette } from './palettes.ts';
import { quantizeColors } from './quantize-colors.ts';
import { drawTestScene } from './testing/draw-test-scene.ts';
import { distinctColors } from './testing/synthetic-images.ts';

describe('colour quantisation', () => {
  const scene = drawTestScene(96, 96);

  it('leaves only the asked-for levels in each channel', () => {
    const output = quantizeColors(scene, { levels: 4 });
    expect(new Set(output.data)).toEqual(new Set([0, 85, 170, 255]));
    expect(scene.data).not.toEqual(output.data);
  });

  it('uses only palette colours when given a palette, with most of them in play', () => {
    const palette = findPalette('fantasy-console')!;
    const allowed = new Set(palette.colors.map((color) => color.join(',')));
    const used = distinctColors(quantizeColors(scene, { palette }));
    for (const color of used) expect(allowed).toContain(color);
    expect(used.size).toBeGreaterThan(3);
  });
});
