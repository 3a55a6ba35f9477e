import { describe, expect, it } from 'vitest';
import { findPalette } from './palettes.ts';
import { pencilSketchFilter } from './pencil-sketch-filter.ts';
import { pixelAt, twoToneImage } from './testing/synthetic-images.ts';

describe('pencil sketch filter', () => {
  const image = twoToneImage(64, 48, [200, 170, 140], [60, 60, 90]);

  it('leaves flat areas as bare paper and draws strokes where brightness changes', async () => {
    const output = await pencilSketchFilter(image);
    expect(pixelAt(output, 8, 24)).toEqual([244, 241, 234]);
    expect(pixelAt(output, 56, 24)).toEqual([244, 241, 234]);
    const stroke = pixelAt(output, 32, 24);
    expect(stroke[0]).toBeLessThan(200);
  });

  it('draws in the palette’s lead and paper colours', async () => {
    const inkBlue = findPalette('ink-blue')!;
    const output = await pencilSketchFilter(image, { palette: inkBlue });
    expect(pixelAt(output, 8, 24)).toEqual([...inkBlue.colors[1]]);
    const stroke = pixelAt(output, 32, 24);
    // Blue ink: the stroke keeps more blue than red.
    expect(stroke[2] - stroke[0]).toBeGreaterThan(20);
  });
});
