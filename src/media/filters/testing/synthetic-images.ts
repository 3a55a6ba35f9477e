import { createRawImage, type RawImage } from '../raw-image.ts';

/** A picture split at `edgeX`: `left` colour on the left, `right` on the right, with ±`noise` of grain. */
export function twoToneImage(width: number, height: number, left: readonly number[], right: readonly number[], noise = 0, edgeX = width / 2): RawImage {
  const image = createRawImage(width, height);
  let state = 99;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const base = x < edgeX ? left : right;
      for (let channel = 0; channel < 3; channel++) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        const grain = noise === 0 ? 0 : ((state >>> 24) / 255 - 0.5) * 2 * noise;
        image.data[(y * width + x) * 3 + channel] = Math.max(0, Math.min(255, Math.round(base[channel] + grain)));
      }
    }
  }
  return image;
}

/** The colour at (x, y). */
export function pixelAt(image: RawImage, x: number, y: number): number[] {
  const offset = (y * image.width + x) * 3;
  return Array.from(image.data.subarray(offset, offset + 3));
}

/** Distinct colours, as `r,g,b` strings. */
export function distinctColors(image: RawImage): Set<string> {
  const colors = new Set<string>();
  for (let offset = 0; offset < image.data.length; offset += 3) colors.add(`${image.data[offset]},${image.data[offset + 1]},${image.data[offset + 2]}`);
  return colors;
}

/** Standard deviation of one channel over a rectangle. */
export function channelSpread(image: RawImage, channel: number, left: number, top: number, right: number, bottom: number): number {
  const values: number[] = [];
  for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) values.push(image.data[(y * image.width + x) * 3 + channel]);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
}

/** Mean brightness (mean over all channels) of the whole picture. */
export function meanLevel(image: RawImage): number {
  return image.data.reduce((sum, value) => sum + value, 0) / image.data.length;
}
