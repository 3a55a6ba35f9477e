import { kWeightingFilters, type Biquad } from './k-weighting-filters.ts';
import { wasmLoudnessScan } from './wasm-loudness-scan.ts';

/** Loudness in LUFS-like units (-0.691 + 10·log10 of the K-weighted mean square) for each whole second. */
export function loudnessPerSecond(samples: Float32Array, sampleRate: number): number[] {
  return scanLoudness(samples, sampleRate).loudness;
}

export interface LoudnessScan {
  /** As loudnessPerSecond. */
  loudness: number[];
  /** The largest |sample|; NaN when a sample is not a finite number (or beyond ±1e6). */
  peak: number;
}

/**
 * Loudness per second and the peak in one pass: analyzeAudio needs both, and the filters' chain of
 * dependent multiplies leaves the processor time to take the peak on the way (a pass of its own
 * cost about as much as the filters). Second by second, each in a call of its own, so V8 runs the
 * loop in fully optimised code rather than in the on-stack-replaced code of a loop that runs once.
 */
export function scanLoudness(samples: Float32Array, sampleRate: number): LoudnessScan {
  const [shelf, highPass] = kWeightingFilters(sampleRate);
  const blockLength = sampleRate;
  const blockCount = Math.max(1, Math.ceil(samples.length / blockLength - 1e-9));
  const state: FilterState = { shelf, highPass, x1: 0, x2: 0, y1: 0, y2: 0, z1: 0, z2: 0, peak: 0, invalid: false };
  const kernel = wasmLoudnessScan(samples, shelf, highPass);
  const filter = kernel ? (from: number, to: number) => kernel.sumSquares(from, to) : (from: number, to: number) => filterBlock(samples, from, to, state);
  const sums = new Float64Array(blockCount);
  for (let block = 0; block < blockCount; block++) {
    sums[block] = filter(block * blockLength, Math.min(samples.length, (block + 1) * blockLength));
  }
  // Samples past the last block (a length within 1e-9 of whole seconds) count for the peak alone.
  if (blockCount * blockLength < samples.length) filter(blockCount * blockLength, samples.length);
  const loudness = Array.from(sums, (sum, block) => {
    const length = Math.min(blockLength, samples.length - block * blockLength);
    return -0.691 + 10 * Math.log10(sum / Math.max(1, length) + 1e-12);
  });
  return { loudness, peak: kernel ? kernel.peak() : state.invalid ? NaN : state.peak };
}

/** Both filters' memory (direct form I) and the peak so far, carried from one block to the next. */
interface FilterState {
  shelf: Biquad;
  highPass: Biquad;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  z1: number;
  z2: number;
  peak: number;
  invalid: boolean;
}

/** Runs samples `from`..`to` through both filters; the sum of the squared output. State in locals keeps the loop fast. */
function filterBlock(samples: Float32Array, from: number, to: number, state: FilterState): number {
  const { shelf, highPass } = state;
  let { x1, x2, y1, y2, z1, z2, peak } = state;
  let invalid = false;
  let sum = 0;
  for (let i = from; i < to; i++) {
    const x = samples[i];
    const y = shelf.b0 * x + shelf.b1 * x1 + shelf.b2 * x2 - shelf.a1 * y1 - shelf.a2 * y2;
    x2 = x1;
    x1 = x;
    const z = highPass.b0 * y + highPass.b1 * y1 + highPass.b2 * y2 - highPass.a1 * z1 - highPass.a2 * z2;
    y2 = y1;
    y1 = y;
    z2 = z1;
    z1 = z;
    sum += z * z;
    const magnitude = Math.abs(x);
    if (magnitude > peak) peak = magnitude;
    if (!(magnitude <= 1e6)) invalid = true;
  }
  Object.assign(state, { x1, x2, y1, y2, z1, z2, peak, invalid: state.invalid || invalid });
  return sum;
}

/** How far below the loudest second a second reads as 0: about the range between a whisper-quiet intro and a full chorus. */
const rangeLu = 20;

/**
 * One intensity value per second in 0..1 from loudnessPerSecond's values: K-weighted loudness mapped
 * linearly in dB from `rangeLu` below the song's loudest second (0) to that second (1). Relative to
 * the song, because what the video needs is where this song is calm and where it peaks, not how
 * loud it was mastered.
 */
export function intensityFromLoudness(loudness: number[]): number[] {
  const loudest = Math.max(...loudness);
  return loudness.map((value) => Math.max(0, Math.min(1, (value - (loudest - rangeLu)) / rangeLu)));
}
