import { describe, expect, it } from 'vitest';
import { createShrunkPlane, greyAndBlur, greyPlane, readPlaneRow, softGrey } from './grey-plane.ts';
import { createRawImage, luminance, type RawImage } from './raw-image.ts';
import { drawTestScene } from './testing/draw-test-scene.ts';

/** A grey picture from a function of (x, y). */
function greyImage(width: number, height: number, level: (x: number, y: number) => number): RawImage {
  const image = createRawImage(width, height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) image.data.fill(Math.round(level(x, y)), (y * width + x) * 3, (y * width + x) * 3 + 3);
  return image;
}

/** A Gaussian of `sigma` over a grey plane, edges repeating, straight from its definition. */
function referenceBlur(grey: Uint8Array, width: number, height: number, sigma: number): Float64Array {
  const radius = Math.ceil(sigma * 4);
  const weights = Array.from({ length: 2 * radius + 1 }, (_, index) => Math.exp(-((index - radius) ** 2) / (2 * sigma * sigma)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const pass = (values: ArrayLike<number>, across: boolean) => {
    const output = new Float64Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let sum = 0;
        for (let offset = -radius; offset <= radius; offset++) {
          const [sampleX, sampleY] = across ? [Math.min(width - 1, Math.max(0, x + offset)), y] : [x, Math.min(height - 1, Math.max(0, y + offset))];
          sum += values[sampleY * width + sampleX] * weights[offset + radius];
        }
        output[y * width + x] = sum / total;
      }
    }
    return output;
  };
  return pass(pass(grey, true), false);
}

describe('grey planes', () => {
  it('takes the same grey as luminance()', () => {
    const scene = drawTestScene(40, 30);
    expect(greyPlane(scene)).toEqual(luminance(scene));
  });

  it('softens as a 1 2 1 kernel across and down, leaving flat areas flat', () => {
    const flat = softGrey(greyImage(12, 9, () => 77));
    expect(new Set(flat)).toEqual(new Set([77]));
    // A one-pixel bright line spreads to a quarter on each side.
    const line = softGrey(greyImage(9, 9, (x) => (x === 4 ? 200 : 0)));
    expect([line[4 * 9 + 3], line[4 * 9 + 4], line[4 * 9 + 5]]).toEqual([50, 100, 50]);
  });

  it('blurs broadly on a shrunken plane, close to a true Gaussian, and reads back at full size', () => {
    const width = 96, height = 72;
    const scene = drawTestScene(width, height, 1);
    const { grey, blurred } = greyAndBlur(scene, 4);
    expect(grey).toEqual(luminance(scene));
    const reference = referenceBlur(grey, width, height, 4);
    const row = new Float32Array(width);
    let error = 0;
    for (let y = 0; y < height; y++) {
      readPlaneRow(blurred, y, row);
      for (let x = 0; x < width; x++) error += Math.abs(row[x] - reference[y * width + x]);
    }
    // Mean error under 2 levels (the scene spans about 200).
    expect(error / (width * height)).toBeLessThan(2);
  });

  it('reads a plane back as a smooth ramp between block centres, and repeats the ends', () => {
    const plane = createShrunkPlane(16, 16, 4);
    for (let row = 0; row < 4; row++) plane.values.set([0, 40, 80, 120], row * 4);
    const row = readPlaneRow(plane, 5, new Float32Array(16));
    // Centres at 1.5, 5.5, 9.5 and 13.5; before the first and after the last the value is repeated.
    expect(Array.from(row)).toEqual([0, 0, 5, 15, 25, 35, 45, 55, 65, 75, 85, 95, 105, 115, 120, 120]);
  });
});
