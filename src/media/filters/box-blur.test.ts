import { describe, expect, it } from 'vitest';
import { boxBlur, smoothBlur } from './box-blur.ts';

describe('box blur', () => {
  it('averages each pixel with its neighbours within the radius', () => {
    const width = 9, height = 7;
    const values = Array.from({ length: width * height }, (_, index) => (index * 53) % 97);
    const blurred = boxBlur(values, width, height, 1);
    for (let y = 1; y < height - 1; y++) {
      for (let x = 1; x < width - 1; x++) {
        let sum = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) sum += values[(y + dy) * width + x + dx];
        expect(blurred[y * width + x]).toBeCloseTo(sum / 9, 3);
      }
    }
  });

  it('keeps interleaved channels apart and leaves a flat picture flat', () => {
    const values = new Float32Array(8 * 8 * 3);
    for (let pixel = 0; pixel < 64; pixel++) values.set([10, 100, 200], pixel * 3);
    const blurred = smoothBlur(values, 8, 8, 2, 3);
    for (let pixel = 0; pixel < 64; pixel++) expect(Array.from(blurred.subarray(pixel * 3, pixel * 3 + 3)).map(Math.round)).toEqual([10, 100, 200]);
  });
});
