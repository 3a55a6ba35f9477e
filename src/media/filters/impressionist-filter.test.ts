import { describe, expect, it } from 'vitest';
import { impressionistFilter } from './impressionist-filter.ts';
import { drawTestScene } from './testing/draw-test-scene.ts';
import { flatShare, meanSaturation } from './testing/look-measures.ts';
import { meanLevel } from './testing/synthetic-images.ts';

describe('impressionist filter against a reference picture', () => {
  const reference = drawTestScene(128, 96, 1);

  it('breaks the picture into dabs: runs of one colour a few pixels long, where the camera had grain', async () => {
    const painted = await impressionistFilter(reference);
    expect(flatShare(reference)).toBeLessThan(0.1);
    const share = flatShare(painted);
    // Flat dabs, but not flat areas: a dab is a few pixels long, so most neighbours differ somewhere.
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.9);
  });

  it('is lighter and more colourful than the camera picture', async () => {
    const painted = await impressionistFilter(reference);
    expect(meanSaturation(painted)).toBeGreaterThan(meanSaturation(reference) * 1.2);
    expect(meanLevel(painted)).toBeGreaterThan(meanLevel(reference));
  });
});
