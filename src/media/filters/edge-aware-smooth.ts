import type { RawImage } from './raw-image.ts';

export interface EdgeAwareSmoothSettings {
  /** How far smoothing reaches, in pixels. */
  spatialSigma?: number;
  /** How large a colour step (0–1, summed over channels) counts as an edge to stop at. */
  rangeSigma?: number;
  /** Horizontal-then-vertical rounds; more rounds remove the streaks of a single one. */
  iterations?: number;
}

/**
 * Edge-preserving smoothing by the domain transform's recursive filter (Gastal and Oliveira, 2011):
 * the picture is flattened along each row and column into a line where a colour edge counts as a
 * long distance, and a one-pole recursive filter smooths along that line. Flat areas blur, edges
 * stop the blur. It costs a few passes over the picture whatever the spatial sigma, unlike a
 * bilateral filter.
 */
export function edgeAwareSmooth(image: RawImage, settings: EdgeAwareSmoothSettings = {}): RawImage {
  const spatialSigma = settings.spatialSigma ?? 30;
  const rangeSigma = settings.rangeSigma ?? 0.35;
  const iterations = Math.max(1, Math.round(settings.iterations ?? 2));
  const { width, height } = image;
  const { values, horizontalStep, verticalStep, weights } = scratchFor(width * height);
  values.set(image.data);
  // Colour steps between neighbours (sum over channels, 0–765) to the left and above, from the
  // original picture. Integers, so each round's feedback weights come from a 766-entry table
  // instead of one exp() per pixel.
  const { data: source } = image;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const pixel = y * width + x;
      const offset = pixel * 3;
      horizontalStep[pixel] = x > 0 ? channelDistance(source, offset, offset - 3) : 0;
      verticalStep[pixel] = y > 0 ? channelDistance(source, offset, offset - width * 3) : 0;
    }
  }
  const ratio = spatialSigma / rangeSigma / 255;
  const table = new Float32Array(766);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const sigma = spatialSigma * Math.sqrt(3) * 2 ** (iterations - iteration - 1) / Math.sqrt(4 ** iterations - 1);
    // The weight a^d with d = 1 + ratio·step, the pixel's distance from its neighbour in the transformed domain.
    const logFeedback = -Math.SQRT2 / sigma;
    for (let step = 0; step < table.length; step++) table[step] = Math.exp(logFeedback * (1 + ratio * step));
    for (let index = 0; index < weights.length; index++) weights[index] = table[horizontalStep[index]];
    filterRows(values, weights, width, height);
    for (let index = 0; index < weights.length; index++) weights[index] = table[verticalStep[index]];
    filterColumns(values, weights, width, height);
  }
  const data = new Uint8Array(values.length);
  for (let index = 0; index < values.length; index++) data[index] = values[index] + 0.5;
  return { data, width, height };
}

interface Scratch {
  values: Float32Array;
  horizontalStep: Uint16Array;
  verticalStep: Uint16Array;
  weights: Float32Array;
}

let scratch: Scratch | undefined;

/**
 * Working arrays, kept between frames: allocating 6 MB per frame made the garbage collector cost
 * as much as the filter. Safe to share because the filter is synchronous (each worker thread has its own).
 */
function scratchFor(pixels: number): Scratch {
  if (scratch?.weights.length !== pixels) {
    scratch = { values: new Float32Array(pixels * 3), horizontalStep: new Uint16Array(pixels), verticalStep: new Uint16Array(pixels), weights: new Float32Array(pixels) };
  }
  return scratch;
}

function channelDistance(values: Uint8Array, a: number, b: number): number {
  return Math.abs(values[a] - values[b]) + Math.abs(values[a + 1] - values[b + 1]) + Math.abs(values[a + 2] - values[b + 2]);
}

/** The recursive filter along each row, forwards then backwards; `weights` holds each pixel's feedback from its left neighbour. */
function filterRows(values: Float32Array, weights: Float32Array, width: number, height: number): void {
  for (let y = 0; y < height; y++) {
    const start = y * width;
    for (let pixel = start + 1; pixel < start + width; pixel++) blendInto(values, pixel * 3, (pixel - 1) * 3, weights[pixel]);
    for (let pixel = start + width - 2; pixel >= start; pixel--) blendInto(values, pixel * 3, (pixel + 1) * 3, weights[pixel + 1]);
  }
}

/**
 * The same down and up each column, swept a whole row at a time: the result is identical, but
 * memory is read in order rather than a row apart, several times faster on a 512-pixel frame.
 */
function filterColumns(values: Float32Array, weights: Float32Array, width: number, height: number): void {
  for (let y = 1; y < height; y++) {
    for (let pixel = y * width; pixel < (y + 1) * width; pixel++) blendInto(values, pixel * 3, (pixel - width) * 3, weights[pixel]);
  }
  for (let y = height - 2; y >= 0; y--) {
    for (let pixel = y * width; pixel < (y + 1) * width; pixel++) blendInto(values, pixel * 3, (pixel + width) * 3, weights[pixel + width]);
  }
}

function blendInto(values: Float32Array, here: number, neighbour: number, weight: number): void {
  values[here] += weight * (values[neighbour] - values[here]);
  values[here + 1] += weight * (values[neighbour + 1] - values[here + 1]);
  values[here + 2] += weight * (values[neighbour + 2] - values[here + 2]);
}
