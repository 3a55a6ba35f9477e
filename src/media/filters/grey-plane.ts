/**
 * One-channel planes for the filters' TypeScript passes: the Rec. 601 grey of a picture, a small
 * Gaussian of it, and broad blurs taken on a shrunken copy and read back at full size. libvips
 * blurs three-band 8-bit pictures fast (vector code), but a one-band grey costs it more than the
 * three bands, and every libvips call has a fixed cost of its own; these stay in TypeScript.
 */
import type { RawImage } from './raw-image.ts';
import { scratchWords } from './scratch.ts';

/** Rec. 601 grey of every pixel, 0–255 (integer weights ×256), into `target` when given. */
export function greyPlane(image: RawImage, target?: Uint8Array): Uint8Array {
  const { data } = image;
  const pixels = image.width * image.height;
  const grey = target && target.length === pixels ? target : new Uint8Array(pixels);
  for (let pixel = 0, offset = 0; pixel < pixels; pixel++, offset += 3) {
    grey[pixel] = (data[offset] * 77 + data[offset + 1] * 150 + data[offset + 2] * 29) >> 8;
  }
  return grey;
}

/**
 * The grey of a picture softened by 1 2 1 across and down, edges repeating the border pixel, one
 * rounding at the end: what libvips' Gaussian of sigma 1 does to it (libvips cuts its kernel where
 * it falls below a fifth of its peak, which leaves three taps, 0.27 0.45 0.27). Each row's grey is
 * made just before it is blurred across, so the plain grey is never stored. Into `target` when given.
 */
export function softGrey(image: RawImage, target?: Uint8Array): Uint8Array {
  const { width, height, data } = image;
  const across = scratchWords('soft grey across', width * height);
  // The row's grey with a repeated border pixel each side.
  const line = new Uint8Array(width + 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0, offset = y * width * 3; x < width; x++, offset += 3) line[x + 1] = (data[offset] * 77 + data[offset + 1] * 150 + data[offset + 2] * 29) >> 8;
    line[0] = line[1];
    line[width + 1] = line[width];
    for (let x = 0, pixel = y * width; x < width; x++, pixel++) across[pixel] = line[x] + 2 * line[x + 1] + line[x + 2];
  }
  const output = target && target.length === width * height ? target : new Uint8Array(width * height);
  const lastRow = height - 1;
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - 1) * width, row = y * width, down = Math.min(lastRow, y + 1) * width;
    for (let x = 0; x < width; x++) output[row + x] = (across[up + x] + 2 * across[row + x] + across[down + x] + 8) >> 4;
  }
  return output;
}

/** A plane at 1/`factor` of the picture's size, in floats, for broad blurs and fields that vary slowly. */
export interface ShrunkPlane {
  values: Float32Array;
  width: number;
  height: number;
  factor: number;
  /** The full-size picture's width and height. */
  fullWidth: number;
  fullHeight: number;
  /** Scratch for `readPlaneRow`: one shrunk row mixed between two. */
  mixed: Float32Array;
}

/** A plane of zeros `factor` times smaller than a `fullWidth` × `fullHeight` picture (rounded up). */
export function createShrunkPlane(fullWidth: number, fullHeight: number, factor: number): ShrunkPlane {
  const width = Math.ceil(fullWidth / factor), height = Math.ceil(fullHeight / factor);
  return { values: new Float32Array(width * height), width, height, factor, fullWidth, fullHeight, mixed: new Float32Array(width) };
}

/**
 * The grey of a picture, and the same blurred by a Gaussian of about `sigma` pixels at a fraction
 * of the cost: averaged over blocks of up to 4 pixels square as the grey is made, then smoothed
 * with 1 2 1 across and down on the small plane. A block average is a box blur of variance
 * (factor² − 1) / 12 pixels² and each 1 2 1 pass adds factor² / 2, so sigma 4 is a factor of 4 and
 * two passes (sigma 4.15). Read the blur back at full size with `readPlaneRow`; a broad blur has
 * nothing finer than the blocks to lose.
 */
export function greyAndBlur(image: RawImage, sigma: number): { grey: Uint8Array; blurred: ShrunkPlane } {
  const { width, height, data } = image;
  const factor = Math.min(4, Math.max(1, Math.floor(sigma)));
  const passes = Math.max(1, Math.round((sigma * sigma - (factor * factor - 1) / 12) / (factor * factor / 2)));
  const blurred = createShrunkPlane(width, height, factor);
  const { values, width: columns } = blurred;
  const sums = new Uint32Array(values.length);
  const column = new Int32Array(width);
  for (let x = 0; x < width; x++) column[x] = (x / factor) | 0;
  const grey = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const blockRow = ((y / factor) | 0) * columns;
    for (let x = 0, pixel = y * width, offset = pixel * 3; x < width; x++, pixel++, offset += 3) {
      const level = (data[offset] * 77 + data[offset + 1] * 150 + data[offset + 2] * 29) >> 8;
      grey[pixel] = level;
      sums[blockRow + column[x]] += level;
    }
  }
  // Sums to means; the last row and column of blocks may be partial.
  for (let row = 0; row < blurred.height; row++) {
    const tall = Math.min(height, row * factor + factor) - row * factor;
    for (let block = 0; block < columns; block++) {
      const wide = Math.min(width, block * factor + factor) - block * factor;
      values[row * columns + block] = sums[row * columns + block] / (wide * tall);
    }
  }
  for (let pass = 0; pass < passes; pass++) smoothPlane(blurred);
  return { grey, blurred };
}

/** 1 2 1 across and down, in place; edges repeat the border value. */
export function smoothPlane(plane: ShrunkPlane): void {
  const { values, width, height } = plane;
  const row = new Float32Array(width);
  for (let y = 0; y < height; y++) {
    const start = y * width;
    for (let x = 0; x < width; x++) row[x] = values[start + x];
    for (let x = 0; x < width; x++) values[start + x] = (row[x > 0 ? x - 1 : 0] + 2 * row[x] + row[x < width - 1 ? x + 1 : x]) * 0.25;
  }
  let previous = new Float32Array(width), current = new Float32Array(width);
  previous.set(values.subarray(0, width));
  for (let y = 0; y < height; y++) {
    const start = y * width;
    current.set(values.subarray(start, start + width));
    const below = (y < height - 1 ? y + 1 : y) * width;
    for (let x = 0; x < width; x++) values[start + x] = (previous[x] + 2 * current[x] + values[below + x]) * 0.25;
    const swap = previous;
    previous = current;
    current = swap;
  }
}

/**
 * Where full-size row `y` falls between shrunk rows (bilinear between sample centres, clamped at
 * the ends): the two shrunk rows and the share of the second.
 */
function rowsAround(plane: ShrunkPlane, y: number): [number, number, number] {
  const position = Math.min(plane.height - 1, Math.max(0, (y + 0.5) / plane.factor - 0.5));
  const upper = Math.floor(position);
  return [upper, Math.min(plane.height - 1, upper + 1), position - upper];
}

/**
 * One row of a shrunk plane read back at full size (bilinear between sample centres, values past
 * the first and last centres repeated), into `row` (the full width). The row is mixed from the two
 * nearest shrunk rows, then each span between two centres is filled at steps of 1 ÷ factor, with no
 * per-pixel lookups. A plain function rather than a closure per frame: V8 inlines a call by its
 * target, and a new closure each frame would throw the filter's optimised loop away.
 */
export function readPlaneRow(plane: ShrunkPlane, y: number, row: Float32Array): Float32Array {
  const { values, width, factor, fullWidth, mixed } = plane;
  const [upper, lower, share] = rowsAround(plane, y);
  for (let x = 0, top = upper * width, bottom = lower * width; x < width; x++) mixed[x] = values[top + x] + (values[bottom + x] - values[top + x]) * share;
  const step = 1 / factor;
  // Pixels before the first centre.
  let x = 0;
  for (const firstCentre = factor / 2 - 0.5; x < fullWidth && x < firstCentre; x++) row[x] = mixed[0];
  for (let sample = 0; sample + 1 < width; sample++) {
    const start = mixed[sample], change = mixed[sample + 1] - start;
    // Up to the next centre, at factor × (sample + 1.5) − 0.5.
    const end = Math.min(fullWidth, Math.ceil(factor * (sample + 1.5) - 0.5));
    for (let along = (x + 0.5) * step - 0.5 - sample; x < end; x++, along += step) row[x] = start + change * along;
  }
  for (const last = mixed[width - 1]; x < fullWidth; x++) row[x] = last;
  return row;
}
