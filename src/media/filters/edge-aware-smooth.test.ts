import { describe, expect, it } from 'vitest';
import { edgeAwareSmooth } from './edge-aware-smooth.ts';
import { smoothBlur } from './box-blur.ts';
import { channelSpread, pixelAt, twoToneImage } from './testing/synthetic-images.ts';

describe('edge-aware smoothing', () => {
  const image = twoToneImage(64, 48, [50, 60, 70], [200, 190, 180], 12);

  it('flattens grain inside flat areas', () => {
    const smoothed = edgeAwareSmooth(image, { spatialSigma: 20, rangeSigma: 0.3 });
    expect(channelSpread(smoothed, 0, 4, 4, 28, 44)).toBeLessThan(channelSpread(image, 0, 4, 4, 28, 44) / 3);
  });

  it('keeps the step between areas where a plain blur of the same reach smears it', () => {
    const smoothed = edgeAwareSmooth(image, { spatialSigma: 20, rangeSigma: 0.3 });
    const step = pixelAt(smoothed, 32, 24)[0] - pixelAt(smoothed, 31, 24)[0];
    expect(step).toBeGreaterThan(120);
    const blurred = smoothBlur(image.data, 64, 48, 8, 3);
    expect(blurred[(24 * 64 + 32) * 3] - blurred[(24 * 64 + 31) * 3]).toBeLessThan(20);
  });
});
