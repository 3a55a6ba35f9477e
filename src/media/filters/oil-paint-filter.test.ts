import { describe, expect, it } from 'vitest';
import { oilPaintFilter } from './oil-paint-filter.ts';
import { neighbourDifference } from './testing/look-measures.ts';
import { stripedImage } from './testing/striped-image.ts';

describe('oil paint filter', () => {
  // Reference pictures: grainy bands whose edges run one way; the grain itself has no direction.
  // Measured inside the bands, away from their edges, where only the strokes give texture a direction.
  it.each([['rows', 'across', 'down'], ['columns', 'down', 'across']] as const)('lays strokes along the edges of bands in %s', async (orientation, along, against) => {
    const source = stripedImage(96, 96, 24, orientation);
    const painted = await oilPaintFilter(source);
    const inner = orientation === 'rows' ? [4, 30, 92, 42] : [30, 4, 42, 92];
    const [left, top, right, bottom] = inner;
    expect(neighbourDifference(source, along, left, top, right, bottom) / neighbourDifference(source, against, left, top, right, bottom)).toBeGreaterThan(0.8);
    expect(neighbourDifference(painted, along, left, top, right, bottom)).toBeLessThan(neighbourDifference(painted, against, left, top, right, bottom) * 0.8);
  });

  it('makes colour denser than the camera’s', async () => {
    const source = stripedImage(48, 48, 24, 'rows', 0);
    const painted = await oilPaintFilter(source);
    const offset = (10 * 48 + 10) * 3;
    expect(painted.data[offset] - painted.data[offset + 2]).toBeGreaterThan(source.data[offset] - source.data[offset + 2]);
  });
});
