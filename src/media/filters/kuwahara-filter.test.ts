import { describe, expect, it } from 'vitest';
import { kuwaharaFilter } from './kuwahara-filter.ts';
import { createRawImage, luminance, type RawImage } from './raw-image.ts';
import { buildSummedAreaTable, rectangleSum } from './summed-area-table.ts';

function randomImage(width: number, height: number, seed = 7): RawImage {
  const image = createRawImage(width, height);
  let state = seed;
  for (let index = 0; index < image.data.length; index++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    image.data[index] = state >>> 24;
  }
  return image;
}

/** The filter straight from its definition, window by window, to check the fast version against. */
function naiveKuwahara(image: RawImage, radius: number): RawImage {
  const { width, height } = image;
  const grey = luminance(image);
  const output = createRawImage(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let best = { variance: Infinity, mean: [0, 0, 0] };
      for (const [x0, y0] of [[x - radius, y - radius], [x, y - radius], [x - radius, y], [x, y]]) {
        let count = 0, sum = 0, squares = 0;
        const colour = [0, 0, 0];
        for (let yy = Math.max(0, y0); yy <= Math.min(height - 1, y0 + radius); yy++) {
          for (let xx = Math.max(0, x0); xx <= Math.min(width - 1, x0 + radius); xx++) {
            const value = grey[yy * width + xx];
            count++;
            sum += value;
            squares += value * value;
            for (let channel = 0; channel < 3; channel++) colour[channel] += image.data[(yy * width + xx) * 3 + channel];
          }
        }
        const variance = squares / count - (sum / count) ** 2;
        if (variance < best.variance) best = { variance, mean: colour.map((total) => Math.round(total / count)) };
      }
      output.data.set(best.mean, (y * width + x) * 3);
    }
  }
  return output;
}

describe('summed-area table', () => {
  it('sums any rectangle, clipped at the borders, as a direct sum would', () => {
    const values = Array.from({ length: 7 * 5 }, (_, index) => (index * 37) % 11);
    const table = buildSummedAreaTable(values, 7, 5);
    for (const [left, top, right, bottom] of [[0, 0, 6, 4], [2, 1, 3, 3], [-3, -2, 1, 1], [5, 3, 9, 9], [4, 4, 4, 4]]) {
      let expected = 0;
      for (let y = Math.max(0, top); y <= Math.min(4, bottom); y++) for (let x = Math.max(0, left); x <= Math.min(6, right); x++) expected += values[y * 7 + x];
      expect(rectangleSum(table, left, top, right, bottom)).toBe(expected);
    }
  });
});

describe('Kuwahara filter', () => {
  it.each([1, 2, 4])('gives exactly what the textbook definition gives (radius %i)', (radius) => {
    const image = randomImage(23, 17, radius);
    expect(Array.from(kuwaharaFilter(image, { radius }).data)).toEqual(Array.from(naiveKuwahara(image, radius).data));
  });

  it('smooths noise but keeps an edge sharp', () => {
    const image = randomImage(40, 40);
    // Dark left half, light right half, each with ±20 of noise.
    for (let pixel = 0; pixel < 1600; pixel++) {
      const base = pixel % 40 < 20 ? 60 : 190;
      for (let channel = 0; channel < 3; channel++) image.data[pixel * 3 + channel] = base - 20 + (image.data[pixel * 3 + channel] % 41);
    }
    const output = kuwaharaFilter(image, { radius: 3 });
    const row = 20 * 40;
    const spread = (data: Uint8Array, from: number, to: number) => {
      const values = Array.from({ length: to - from }, (_, index) => data[(row + from + index) * 3]);
      return Math.max(...values) - Math.min(...values);
    };
    expect(spread(output.data, 3, 16)).toBeLessThan(spread(image.data, 3, 16) / 2);
    // The pixels either side of the edge stay on their own side.
    expect(output.data[(row + 19) * 3]).toBeLessThan(90);
    expect(output.data[(row + 20) * 3]).toBeGreaterThan(160);
  });
});
