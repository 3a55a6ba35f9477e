// Moves pixels between a picture's own size and the model's square input, in plain loops: done as
// TensorFlow.js ops it meant a full-size int32 tensor, a cast, a resize, a clip, a round and a
// copy per frame, which cost about as much again as the model. Both resizes are separable: one
// axis is blended into a row buffer, then the other, with each axis's taps worked out once per size
// (no Math calls and no allocation per pixel), which took them from about 5 ms a model run on a
// 640x480 frame to about 2. Loaded by Node itself inside the segmentation thread (type stripping),
// so this file keeps to syntax Node can strip.
import type { RawPixels } from '../../spec/index.ts';

/** For each output position along one axis: the two source positions either side and the far one's weight. */
interface Taps { near: Int32Array; far: Int32Array; weight: Float32Array }

/** The taps of the sizes last asked for: a live stream asks for the same few sizes frame after frame. */
const tapsCache = new Map<string, Taps>();

/**
 * Bilinear taps with pixel centres aligned (half-pixel), as TensorFlow's resize with
 * half_pixel_centers; positions are multiplied by `stride` (bytes a pixel, or floats a row).
 */
function tapsFor(sourceLength: number, targetLength: number, stride: number): Taps {
  const key = `${sourceLength}>${targetLength}x${stride}`;
  const cached = tapsCache.get(key);
  if (cached) return cached;
  const taps = { near: new Int32Array(targetLength), far: new Int32Array(targetLength), weight: new Float32Array(targetLength) };
  const scale = sourceLength / targetLength;
  for (let index = 0; index < targetLength; index++) {
    const position = Math.min(sourceLength - 1, Math.max(0, (index + 0.5) * scale - 0.5));
    const near = Math.floor(position);
    taps.near[index] = near * stride;
    taps.far[index] = Math.min(sourceLength - 1, near + 1) * stride;
    taps.weight[index] = position - near;
  }
  if (tapsCache.size >= 16) tapsCache.clear();
  tapsCache.set(key, taps);
  return taps;
}

/** Reused between calls (the segmentation thread runs one frame at a time): rows blended along one axis. */
let upperRow = new Float32Array(0);
let lowerRow = new Float32Array(0);

function rowBuffers(length: number): void {
  if (upperRow.length < length) {
    upperRow = new Float32Array(length);
    lowerRow = new Float32Array(length);
  }
}

/** One source row of RGB(A) bytes resampled across to `outputWidth` RGB floats, 0–255. */
function squashRow(data: Uint8Array, rowStart: number, columns: Taps, outputWidth: number, into: Float32Array): void {
  const { near, far, weight } = columns;
  for (let x = 0, to = 0; x < outputWidth; x++, to += 3) {
    const left = rowStart + near[x];
    const right = rowStart + far[x];
    const across = weight[x];
    const red = data[left];
    const green = data[left + 1];
    const blue = data[left + 2];
    into[to] = red + (data[right] - red) * across;
    into[to + 1] = green + (data[right + 1] - green) * across;
    into[to + 2] = blue + (data[right + 2] - blue) * across;
  }
}

/** The model's input size in pixels: rows and columns. */
export interface ModelInputSize { rows: number; columns: number }

/**
 * The picture squashed to the model's input size as RGB in [0, 1] (nothing cropped away, as
 * MediaPipe feeds its selfie model), bilinearly, into `into` when given (TensorFlow.js copies a
 * tensor's values in, so the caller may reuse one array). Alpha, if any, is dropped.
 */
export function squashToModelInput(pixels: RawPixels, size: ModelInputSize, into = new Float32Array(size.rows * size.columns * 3)): Float32Array {
  const { data, width, height, channels } = pixels;
  const columns = tapsFor(width, size.columns, channels);
  const rows = tapsFor(height, size.rows, width * channels);
  const rowLength = size.columns * 3;
  rowBuffers(rowLength);
  // Output rows walk down the source: a source row blended across for one is kept for the next.
  let [upper, lower] = [upperRow, lowerRow];
  let [upperAt, lowerAt] = [-1, -1];
  for (let y = 0; y < size.rows; y++) {
    const top = rows.near[y];
    const bottom = rows.far[y];
    if (top === lowerAt) {
      [upper, lower] = [lower, upper];
      [upperAt, lowerAt] = [lowerAt, upperAt];
    }
    if (top !== upperAt) squashRow(data, top, columns, size.columns, upper);
    upperAt = top;
    if (bottom !== lowerAt) squashRow(data, bottom, columns, size.columns, lower);
    lowerAt = bottom;
    const down = rows.weight[y];
    const offset = y * rowLength;
    for (let index = 0; index < rowLength; index++) {
      const above = upper[index];
      into[offset + index] = (above + (lower[index] - above) * down) / 255;
    }
  }
  return into;
}

/** Below this a probability rounds to mask byte 0, and so does any blend of two such. */
const roundsToZero = 0.5 / 255;

/**
 * The model's probabilities (its input size, 0–1) stretched back to the picture's size as bytes
 * 0–255, bilinearly, so edges stay soft. Most of a frame is room, where the model says about 0: each
 * model row's span of probabilities that do not round to 0 is found first, and an output row is
 * worked out only where its two model rows' spans reach (the rest of the fresh mask is 0 already).
 */
export function stretchProbabilities(probabilities: Float32Array, size: ModelInputSize, width: number, height: number): Uint8Array {
  const side = size.columns;
  const columns = tapsFor(side, width, 1);
  const rows = tapsFor(size.rows, height, side);
  const { near, far, weight } = columns;
  const mask = new Uint8Array(width * height);
  const [first, last] = [new Int32Array(size.rows), new Int32Array(size.rows)];
  for (let row = 0; row < size.rows; row++) {
    const start = row * side;
    let left = 0;
    while (left < side && probabilities[start + left] < roundsToZero) left += 1;
    let right = side - 1;
    while (right >= left && probabilities[start + right] < roundsToZero) right -= 1;
    first[row] = left;
    last[row] = right;
  }
  rowBuffers(side);
  const blended = upperRow;
  for (let y = 0; y < height; y++) {
    // Down first, on the model's narrow row, scaled to bytes with the rounding's half added once.
    const top = rows.near[y];
    const bottom = rows.far[y];
    const down = rows.weight[y];
    const from = Math.min(first[top / side], first[bottom / side]);
    const to = Math.max(last[top / side], last[bottom / side]);
    if (from > to) continue;
    // One model column either side of the span: an output pixel at its edge blends with it.
    for (let x = Math.max(0, from - 1); x <= Math.min(side - 1, to + 1); x++) {
      const above = probabilities[top + x];
      blended[x] = (above + (probabilities[bottom + x] - above) * down) * 255 + 0.5;
    }
    let start = 0;
    while (far[start] < from) start += 1;
    let end = width - 1;
    while (near[end] > to) end -= 1;
    const row = y * width;
    for (let x = start; x <= end; x++) {
      const left = blended[near[x]];
      const value = left + (blended[far[x]] - left) * weight[x];
      // Clamped: the model's sigmoid stays in [0, 1], but a bilinear blend of floats may stray by a hair.
      mask[row + x] = value <= 0 ? 0 : value >= 255 ? 255 : value;
    }
  }
  return mask;
}
