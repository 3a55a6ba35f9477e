import type { SpectralFeatures } from './spectral-features.ts';
import { wasmKernelModule } from './wasm-kernel-module.ts';

/** Per frame, the mean rise of all mel bands and of the lowest ones (see computeOnsetEnvelopes). */
export interface OnsetRises {
  full: Float32Array;
  low: Float32Array;
}

/** Frames per call: V8 runs a wasm function in baseline code until it has run a while, and swaps in optimised code only for later calls. */
const framesPerCall = 64;

/**
 * The spectral flux of computeOnsetEnvelopes in WebAssembly (wasm/onset-rises.wat), the same
 * numbers: the loudest mel cell sets the floor `dynamicRangeDb` below it, then each frame's rises.
 * Null without WebAssembly (the JavaScript then does the work).
 */
export function wasmOnsetRises(features: SpectralFeatures, lowBands: number, dynamicRangeDb: number, smallestRiseDb: number): OnsetRises | null {
  const module = wasmKernelModule('onset-rises.wasm');
  if (!module) return null;
  const { melDb, melBandCount, frameCount } = features;
  const melAt = 0;
  const fullAt = melDb.length * 4;
  const lowAt = fullAt + frameCount * 4;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((lowAt + frameCount * 4) / 65536) });
  const { loudest, rises } = new WebAssembly.Instance(module, { onsets: { memory } }).exports as unknown as OnsetRisesExports;
  new Float32Array(memory.buffer, melAt, melDb.length).set(melDb);
  let loudestDb = -Infinity;
  for (let first = 0; first < frameCount; first += framesPerCall) {
    loudestDb = loudest(melAt, first * melBandCount, Math.min(frameCount, first + framesPerCall) * melBandCount, loudestDb);
  }
  const floor = loudestDb - dynamicRangeDb;
  for (let first = 1; first < frameCount; first += framesPerCall) {
    rises(melAt, melBandCount, lowBands, floor, smallestRiseDb, first, Math.min(frameCount, first + framesPerCall), fullAt, lowAt);
  }
  // Copies: the callers keep these, and the memory with the matrix can go.
  return { full: new Float32Array(memory.buffer, fullAt, frameCount).slice(), low: new Float32Array(memory.buffer, lowAt, frameCount).slice() };
}

interface OnsetRisesExports {
  loudest(mel: number, from: number, to: number, loudest: number): number;
  rises(mel: number, bands: number, lowBands: number, floor: number, minimumRise: number, first: number, last: number, full: number, low: number): void;
}
