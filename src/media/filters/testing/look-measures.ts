import type { RawImage } from '../raw-image.ts';

/** Mean absolute brightness difference to the right-hand neighbour (`across`) or the one below (`down`) over a rectangle. */
export function neighbourDifference(image: RawImage, direction: 'across' | 'down', left: number, top: number, right: number, bottom: number): number {
  const step = direction === 'across' ? 3 : image.width * 3;
  let total = 0, count = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const offset = (y * image.width + x) * 3;
      total += Math.abs(image.data[offset] + image.data[offset + 1] + image.data[offset + 2] - image.data[offset + step] - image.data[offset + step + 1] - image.data[offset + step + 2]) / 3;
      count++;
    }
  }
  return total / count;
}

/** Share of pixels exactly equal to their right-hand neighbour: high for flat dabs, tiles and panes, near 0 for camera grain. */
export function flatShare(image: RawImage): number {
  let same = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x + 1 < image.width; x++) {
      const offset = (y * image.width + x) * 3;
      if (image.data[offset] === image.data[offset + 3] && image.data[offset + 1] === image.data[offset + 4] && image.data[offset + 2] === image.data[offset + 5]) same++;
    }
  }
  return same / ((image.width - 1) * image.height);
}

/** Mean saturation (max − min channel) of the whole picture. */
export function meanSaturation(image: RawImage): number {
  let total = 0;
  for (let offset = 0; offset < image.data.length; offset += 3) {
    const [red, green, blue] = [image.data[offset], image.data[offset + 1], image.data[offset + 2]];
    total += Math.max(red, green, blue) - Math.min(red, green, blue);
  }
  return total / (image.data.length / 3);
}

/** Brightness (mean of channels) at (x, y). */
export function brightnessAt(image: RawImage, x: number, y: number): number {
  const offset = (y * image.width + x) * 3;
  return (image.data[offset] + image.data[offset + 1] + image.data[offset + 2]) / 3;
}
