import type { SpectralFeatures } from './spectral-features.ts';

export interface OnsetEnvelopes {
  /** Onset strength per frame over all bands, unit standard deviation. */
  full: Float32Array;
  /** The same over bands below 200 Hz only: kick drum and bass, which mark downbeats. */
  low: Float32Array;
}

/** How far below the loudest mel cell anything counts: quieter detail is noise to rhythm. */
const dynamicRangeDb = 80;
/**
 * A band must rise by more than this between frames to count: a steady tone wobbles by a fraction
 * of a dB from frame to frame (enough, once normalised, to look like a perfect pulse), while a
 * struck note or drum rises by tens.
 */
const smallestRiseDb = 0.5;

/**
 * Log-mel spectral flux: the summed rise in dB of every band from one frame to the next
 * (rises only: onsets add energy, decays do not). A moving mean of about a second is then subtracted
 * and the rest half-wave rectified, so steady noise and dense textures do not raise the floor.
 */
export function computeOnsetEnvelopes(features: SpectralFeatures): OnsetEnvelopes {
  const { frameCount, melBandCount, melDb, melCenterHz } = features;
  let loudest = -Infinity;
  for (let i = 0; i < melDb.length; i++) loudest = Math.max(loudest, melDb[i]);
  const floor = loudest - dynamicRangeDb;
  let lowBands = 0;
  while (lowBands < melBandCount && melCenterHz[lowBands] < 200) lowBands++;

  const full = new Float32Array(frameCount);
  const low = new Float32Array(frameCount);
  for (let t = 1; t < frameCount; t++) {
    let sum = 0;
    let lowSum = 0;
    for (let band = 0; band < melBandCount; band++) {
      const now = Math.max(floor, melDb[t * melBandCount + band]);
      const before = Math.max(floor, melDb[(t - 1) * melBandCount + band]);
      const rise = now - before > smallestRiseDb ? now - before - smallestRiseDb : 0;
      sum += rise;
      if (band < lowBands) lowSum += rise;
    }
    full[t] = sum / melBandCount;
    low[t] = lowBands > 0 ? lowSum / lowBands : 0;
  }
  const meanWindow = Math.round(features.frameRate);
  return { full: normalise(subtractLocalMean(full, meanWindow)), low: normalise(subtractLocalMean(low, meanWindow)) };
}

function subtractLocalMean(values: Float32Array, window: number): Float32Array {
  const prefix = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) prefix[i + 1] = prefix[i] + values[i];
  const half = Math.floor(window / 2);
  const result = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const from = Math.max(0, i - half);
    const to = Math.min(values.length, i + half + 1);
    const mean = (prefix[to] - prefix[from]) / (to - from);
    result[i] = Math.max(0, values[i] - mean);
  }
  return result;
}

function normalise(values: Float32Array): Float32Array {
  let sum = 0;
  let sumOfSquares = 0;
  for (const value of values) {
    sum += value;
    sumOfSquares += value * value;
  }
  const mean = sum / values.length;
  const deviation = Math.sqrt(Math.max(0, sumOfSquares / values.length - mean * mean));
  if (deviation > 0) for (let i = 0; i < values.length; i++) values[i] /= deviation;
  return values;
}
