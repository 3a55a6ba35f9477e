import { describe, expect, it } from 'vitest';
import { findPalette } from './palettes.ts';
import { pixelateFilter } from './pixelate-filter.ts';
import { drawTestScene } from './testing/draw-test-scene.ts';
import { distinctColors, pixelAt } from './testing/synthetic-images.ts';

describe('pixelate filter', () => {
  const scene = drawTestScene(100, 60);

  it('paints every block in one colour, the mean of its pixels', () => {
    const output = pixelateFilter(scene, { blockSize: 10 });
    for (let y = 0; y < 10; y++) for (let x = 0; x < 10; x++) expect(pixelAt(output, 20 + x, 30 + y)).toEqual(pixelAt(output, 20, 30));
    let red = 0;
    for (let y = 0; y < 10; y++) for (let x = 0; x < 10; x++) red += pixelAt(scene, 20 + x, 30 + y)[0];
    expect(pixelAt(output, 20, 30)[0]).toBe(Math.round(red / 100));
  });

  it('keeps to the palette, and covers the partial blocks at the right and bottom', () => {
    const palette = findPalette('handheld')!;
    const output = pixelateFilter(drawTestScene(53, 37), { blockSize: 8, palette });
    const allowed = palette.colors.map((color) => color.join(','));
    for (const color of distinctColors(output)) expect(allowed).toContain(color);
    expect(output.width).toBe(53);
    expect(output.height).toBe(37);
  });
});
