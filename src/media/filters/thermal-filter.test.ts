import { describe, expect, it } from 'vitest';
import { thermalFilter } from './thermal-filter.ts';
import { pixelAt, twoToneImage } from './testing/synthetic-images.ts';

describe('thermal filter', () => {
  it('shows dark things as cold blue-black and bright things as white-hot yellow', async () => {
    const output = await thermalFilter(twoToneImage(64, 32, [15, 15, 15], [245, 240, 235]));
    const [coldRed, , coldBlue] = pixelAt(output, 8, 16);
    expect(coldBlue).toBeGreaterThan(coldRed);
    expect(coldRed + coldBlue).toBeLessThan(150);
    const [hotRed, hotGreen, hotBlue] = pixelAt(output, 56, 16);
    expect(hotRed).toBeGreaterThan(240);
    expect(hotGreen).toBeGreaterThan(200);
    expect(hotBlue).toBeLessThan(hotGreen);
  });
});
