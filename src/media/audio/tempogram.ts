import { RealFft } from './real-fft.ts';
import { WasmTransformPairs } from './wasm-transform-pairs.ts';

/** Autocorrelation of the onset envelope in overlapping windows: how periodic it is at each lag, over time. */
export interface Tempogram {
  /** Rows of `maxLag + 1` values, one row per window; each row is 1 at lag 0. */
  rows: Float32Array[];
  /** The first frame of each window. */
  starts: number[];
  /** Each window's share of the song's onset energy (they sum to 1): near-silent windows barely count. */
  weights: number[];
  windowFrames: number;
  maxLag: number;
  /** The mean of all rows, weighted by `weights`: the song's overall periodicity at each lag. */
  mean: Float32Array;
}

export interface TempogramOptions {
  windowSeconds?: number;
  hopSeconds?: number;
  maxLagSeconds?: number;
}

/**
 * Each window is tapered by a Hann window and autocorrelated through the FFT, then divided by the
 * taper's own autocorrelation so long lags are not penalised for overlapping less (an unbiased estimate).
 */
export function computeTempogram(envelope: Float32Array, frameRate: number, options: TempogramOptions = {}): Tempogram {
  const windowFrames = Math.min(envelope.length, Math.round((options.windowSeconds ?? 12) * frameRate));
  const hopFrames = Math.max(1, Math.round((options.hopSeconds ?? 3) * frameRate));
  const maxLag = Math.min(windowFrames - 1, Math.round((options.maxLagSeconds ?? 3) * frameRate));
  const fftSize = 2 ** Math.ceil(Math.log2(2 * windowFrames));
  const fft = new RealFft(fftSize);
  const scratch = { real: new Float64Array(fftSize / 2 + 1), imag: new Float64Array(fftSize / 2 + 1) };

  const taper = new Float64Array(windowFrames);
  for (let i = 0; i < windowFrames; i++) taper[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * (i + 0.5)) / windowFrames);

  const starts: number[] = [];
  for (let start = 0; start + windowFrames <= envelope.length; start += hopFrames) starts.push(start);
  const lastStart = envelope.length - windowFrames;
  if (starts[starts.length - 1] !== lastStart) starts.push(lastStart);

  // With WebAssembly, the taper's and every window's autocorrelations in one go (the taper's first).
  const pairs = WasmTransformPairs.create(fft);
  const fillInput = (index: number, target: Float64Array) => {
    if (index === 0) target.set(taper);
    else for (let i = 0; i < windowFrames; i++) target[i] = envelope[starts[index - 1] + i] * taper[i];
  };
  const correlations = pairs ? autocorrelatePairs(starts.length + 1, windowFrames, fillInput, maxLag, pairs) : [];
  const taperCorrelation = correlations.shift() ?? autocorrelate(taper, maxLag, fft, scratch);
  const segment = new Float64Array(windowFrames);
  const energies: number[] = [];
  const rows = starts.map((start, index) => {
    let correlation = correlations[index];
    if (!correlation) {
      for (let i = 0; i < windowFrames; i++) segment[i] = envelope[start + i] * taper[i];
      correlation = autocorrelate(segment, maxLag, fft, scratch);
    }
    const row = new Float32Array(maxLag + 1);
    const energy = correlation[0] / taperCorrelation[0];
    if (energy > 0) {
      for (let lag = 0; lag <= maxLag; lag++) row[lag] = correlation[lag] / taperCorrelation[lag] / energy;
    }
    energies.push(Math.max(0, energy));
    return row;
  });
  // Weighting by energy keeps the rounding ripple of a silent or steady passage, which can look
  // perfectly periodic once normalised, from counting as much as the music.
  const totalEnergy = energies.reduce((sum, energy) => sum + energy, 0);
  const weights = energies.map((energy) => (totalEnergy > 0 ? energy / totalEnergy : 1 / energies.length));
  const mean = new Float32Array(maxLag + 1);
  rows.forEach((row, index) => {
    for (let lag = 0; lag <= maxLag; lag++) mean[lag] += weights[index] * row[lag];
  });
  return { rows, starts, weights, windowFrames, maxLag, mean };
}

/**
 * `autocorrelate` of each of `count` inputs (`fill` writes input i, at most `length` values), two
 * per call of the WebAssembly kernel: the same arithmetic, so the same values.
 */
function autocorrelatePairs(
  count: number,
  length: number,
  fill: (index: number, target: Float64Array) => void,
  maxLag: number,
  pairs: WasmTransformPairs,
): Float64Array[] {
  const { inputA, inputB, output } = pairs;
  const size = inputA.length;
  const half = size / 2;
  const correlations: Float64Array[] = [];
  for (let index = 0; index < count; index += 2) {
    inputA.fill(0, length);
    inputB.fill(0, length);
    fill(index, inputA);
    fill(Math.min(index + 1, count - 1), inputB); // an odd last input twice; lane B's copy is not read
    pairs.power();
    // The power spectrum is real and even, so its forward transform equals size × its inverse.
    for (let k = 0; k <= half; k++) {
      inputA[k] = output[2 * k];
      inputB[k] = output[2 * k + 1];
    }
    for (let k = 1; k < half; k++) {
      inputA[size - k] = output[2 * k];
      inputB[size - k] = output[2 * k + 1];
    }
    pairs.forwardReal(maxLag + 1);
    for (let lane = 0; lane < 2 && index + lane < count; lane++) {
      const result = new Float64Array(maxLag + 1);
      for (let lag = 0; lag <= maxLag; lag++) result[lag] = output[2 * lag + lane] / size;
      correlations.push(result);
    }
  }
  return correlations;
}

/** Autocorrelation by the Wiener–Khinchin theorem: the transform of the power spectrum. */
function autocorrelate(
  values: Float64Array,
  maxLag: number,
  fft: RealFft,
  scratch: { real: Float64Array; imag: Float64Array },
): Float64Array {
  const size = fft.size;
  const padded = new Float64Array(size);
  padded.set(values);
  const power = new Float64Array(size / 2 + 1);
  fft.power(padded, power, scratch.real, scratch.imag);
  // The power spectrum is real and even, so its forward transform equals size × its inverse.
  const even = new Float64Array(size);
  for (let k = 0; k <= size / 2; k++) even[k] = power[k];
  for (let k = 1; k < size / 2; k++) even[size - k] = power[k];
  fft.forward(even, scratch.real, scratch.imag);
  const result = new Float64Array(maxLag + 1);
  // forward() yields bins 0..size/2 only; lags beyond that are never asked for (maxLag < size/2).
  for (let lag = 0; lag <= maxLag; lag++) result[lag] = scratch.real[lag] / size;
  return result;
}
