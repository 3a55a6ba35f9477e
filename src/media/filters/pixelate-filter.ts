import { mapToPalette } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import { createRawImage, type RawImage } from './raw-image.ts';

export interface PixelateSettings {
  /** Side of one big pixel, in picture pixels. */
  blockSize?: number;
  /** The colours a block may take; the block's mean colour when absent. */
  palette?: Palette;
}

/**
 * Pixel art: the mean colour of each block, snapped to a small palette, drawn back as hard squares.
 * Averaging first (rather than picking one pixel per block) keeps thin features from flickering
 * as the camera moves.
 */
export function pixelateFilter(image: RawImage, settings: PixelateSettings = {}): RawImage {
  const block = Math.max(1, Math.round(settings.blockSize ?? 8));
  const { width, height, data } = image;
  const columns = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const sums = new Float64Array(columns * rows * 3);
  const counts = new Uint32Array(columns * rows);
  for (let y = 0; y < height; y++) {
    const rowStart = Math.floor(y / block) * columns;
    for (let x = 0; x < width; x++) {
      const cell = rowStart + Math.floor(x / block);
      const offset = (y * width + x) * 3;
      sums[cell * 3] += data[offset];
      sums[cell * 3 + 1] += data[offset + 1];
      sums[cell * 3 + 2] += data[offset + 2];
      counts[cell] += 1;
    }
  }
  const small = createRawImage(columns, rows);
  for (let cell = 0; cell < counts.length; cell++) {
    for (let channel = 0; channel < 3; channel++) small.data[cell * 3 + channel] = sums[cell * 3 + channel] / counts[cell] + 0.5;
  }
  if (settings.palette) mapToPalette(small, settings.palette);
  const output = createRawImage(width, height);
  for (let y = 0; y < height; y++) {
    const rowStart = Math.floor(y / block) * columns;
    for (let x = 0; x < width; x++) {
      const source = (rowStart + Math.floor(x / block)) * 3;
      const target = (y * width + x) * 3;
      output.data[target] = small.data[source];
      output.data[target + 1] = small.data[source + 1];
      output.data[target + 2] = small.data[source + 2];
    }
  }
  return output;
}
