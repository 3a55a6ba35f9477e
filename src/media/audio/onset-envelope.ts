import type { SpectralFeatures } from './spectral-features.ts';
import { standardDeviation } from './standard-deviation.ts';

/** Per frame, the mean rise of all mel bands and of the lowest ones (see computeOnsetEnvelopes). */
export interface OnsetRises {
  full: Float32Array;
  low: Float32Array;
}

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
  const { melBandCount, melCenterHz } = features;
  let lowBands = 0;
  while (lowBands < melBandCount && melCenterHz[lowBands] < 200) lowBands++;
  const { full, low } = onsetRises(features, lowBands);
  const meanWindow = Math.round(features.frameRate);
  return { full: normalise(subtractLocalMean(full, meanWindow)), low: normalise(subtractLocalMean(low, meanWindow)) };
}

/**
 * Per frame, the mean rise in dB of all bands and of the lowest `lowBands`. A WebAssembly twin was
 * slower on a three-minute song (26 ms here, 49 there: bench/beats/kernel-twins.ts), so it went.
 */
export function onsetRises(features: SpectralFeatures, lowBands: number): OnsetRises {
  const { frameCount, melBandCount, melDb } = features;
  // Comparisons rather than Math.max here and below: the values are finite, so they give the same
  // numbers, and V8's mid-tier code, where a loop that runs once stays, calls Math.max out of line.
  let loudest = -Infinity;
  for (let i = 0; i < melDb.length; i++) if (melDb[i] > loudest) loudest = melDb[i];
  const floor = loudest - dynamicRangeDb;
  const full = new Float32Array(frameCount);
  const low = new Float32Array(frameCount);
  for (let t = 1; t < frameCount; t++) risesInFrame(melDb, t, melBandCount, lowBands, floor, full, low);
  return { full, low };
}

/**
 * `full[t]` and `low[t]`: the mean rise of all bands and of the lowest `lowBands` from frame t − 1
 * to t. A function of its own, called once a frame, so V8 compiles it fully optimised.
 */
function risesInFrame(melDb: Float32Array, t: number, bandCount: number, lowBands: number, floorDb: number, full: Float32Array, low: Float32Array): void {
  // The unary plus marks the floor as a raw double to V8's optimiser: a parameter stays a boxed
  // number, and `cell > floor ? cell : floor` would then box every cell it picks, some 20 MB of
  // garbage (twenty minor collections) on a three-minute song. The value is unchanged.
  const floor = +floorDb;
  let sum = 0;
  let lowSum = 0;
  for (let band = 0, cell = t * bandCount; band < bandCount; band++, cell++) {
    const now = melDb[cell] > floor ? melDb[cell] : floor;
    const before = melDb[cell - bandCount] > floor ? melDb[cell - bandCount] : floor;
    const rise = now - before > smallestRiseDb ? now - before - smallestRiseDb : 0;
    sum += rise;
    if (band < lowBands) lowSum += rise;
  }
  full[t] = sum / bandCount;
  low[t] = lowBands > 0 ? lowSum / lowBands : 0;
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
  const deviation = standardDeviation(values);
  if (deviation > 0) for (let i = 0; i < values.length; i++) values[i] /= deviation;
  return values;
}
