// Moves pixels between a picture's own size and the model's square input, in plain loops: done as
// TensorFlow.js ops it meant a full-size int32 tensor, a cast, a resize, a clip, a round and a
// copy per frame, which cost about as much again as the model. Loaded by Node itself inside the
// segmentation thread (type stripping), so this file keeps to syntax Node can strip.
import type { RawPixels } from '../../spec/index.ts';

/** For each output position along one axis: the two source positions either side and the far one's weight. */
interface Taps { near: Int32Array; far: Int32Array; weight: Float32Array }

/** Bilinear taps with pixel centres aligned (half-pixel), as TensorFlow's resize with half_pixel_centers. */
function tapsFor(sourceLength: number, targetLength: number): Taps {
  const taps = { near: new Int32Array(targetLength), far: new Int32Array(targetLength), weight: new Float32Array(targetLength) };
  const scale = sourceLength / targetLength;
  for (let index = 0; index < targetLength; index++) {
    const position = Math.min(sourceLength - 1, Math.max(0, (index + 0.5) * scale - 0.5));
    const near = Math.floor(position);
    taps.near[index] = near;
    taps.far[index] = Math.min(sourceLength - 1, near + 1);
    taps.weight[index] = position - near;
  }
  return taps;
}

/**
 * The picture squashed to side×side RGB in [0, 1] (nothing cropped away, as MediaPipe feeds its
 * selfie model), bilinearly. Alpha, if any, is dropped.
 */
export function squashToModelInput(pixels: RawPixels, side: number): Float32Array {
  const { data, width, channels } = pixels;
  const columns = tapsFor(width, side);
  const rows = tapsFor(pixels.height, side);
  const input = new Float32Array(side * side * 3);
  for (let y = 0; y < side; y++) {
    const top = rows.near[y] * width;
    const bottom = rows.far[y] * width;
    const down = rows.weight[y];
    for (let x = 0; x < side; x++) {
      const left = columns.near[x];
      const right = columns.far[x];
      const across = columns.weight[x];
      const to = (y * side + x) * 3;
      for (let channel = 0; channel < 3; channel++) {
        const upper = data[(top + left) * channels + channel] * (1 - across) + data[(top + right) * channels + channel] * across;
        const lower = data[(bottom + left) * channels + channel] * (1 - across) + data[(bottom + right) * channels + channel] * across;
        input[to + channel] = (upper * (1 - down) + lower * down) / 255;
      }
    }
  }
  return input;
}

/** The model's probabilities (side×side, 0–1) stretched back to the picture's size as bytes 0–255, bilinearly, so edges stay soft. */
export function stretchProbabilities(probabilities: Float32Array, side: number, width: number, height: number): Uint8Array {
  const columns = tapsFor(side, width);
  const rows = tapsFor(side, height);
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const top = rows.near[y] * side;
    const bottom = rows.far[y] * side;
    const down = rows.weight[y];
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const left = columns.near[x];
      const right = columns.far[x];
      const across = columns.weight[x];
      const upper = probabilities[top + left] * (1 - across) + probabilities[top + right] * across;
      const lower = probabilities[bottom + left] * (1 - across) + probabilities[bottom + right] * across;
      const value = upper * (1 - down) + lower * down;
      // Clamped: the model's sigmoid stays in [0, 1], but a bilinear blend of floats may stray by a hair.
      mask[row + x] = value <= 0 ? 0 : value >= 1 ? 255 : Math.round(value * 255);
    }
  }
  return mask;
}
