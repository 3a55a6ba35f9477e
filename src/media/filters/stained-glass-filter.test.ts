import { describe, expect, it } from 'vitest';
import { stainedGlassFilter } from './stained-glass-filter.ts';
import { drawTestScene } from './testing/draw-test-scene.ts';
import { meanSaturation } from './testing/look-measures.ts';

describe('stained glass filter', () => {
  it('joins richer-coloured panes with dark lead lines', async () => {
    const scene = drawTestScene(160, 120);
    const output = await stainedGlassFilter(scene);
    let lead = 0;
    for (let offset = 0; offset < output.data.length; offset += 3) if (output.data[offset] === 24 && output.data[offset + 1] === 22) lead++;
    const share = lead / (160 * 120);
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.35);
    // The panes alone (the lead is grey) are more saturated than the camera picture.
    expect((meanSaturation(output) - share * 4) / (1 - share)).toBeGreaterThan(meanSaturation(scene));
  });
});
