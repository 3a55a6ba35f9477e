// Pays: the 182 s song's spectra and mel sums in 88 ms against the TypeScript's 200 (2.3x, first call
// in a fresh process, load 7; `npx tsx bench/beats/kernel-twins.ts`).
import type { RealFft } from './real-fft.ts';
import { wasmKernelModule } from './wasm-kernel-module.ts';
import { createSignalMemory, guardSamples, kernelTableBytes, signalMemoryOf } from './wasm-signal-memory.ts';

/** The mel filterbank as spectral-features.ts flattens it: band b weighs bins firstBin[b].. with weights[start[b]..start[b+1]). */
export interface FlatMelBands {
  start: Int32Array;
  firstBin: Int32Array;
  weights: Float64Array;
}

/**
 * RealFft.windowedPower and the mel folding of two frames at a time in WebAssembly SIMD
 * (wasm/frame-spectra.wat): the same arithmetic in the same order, one frame per f64x2 lane, so the
 * same bits at about half the cost. The signal lies in a signal memory (wasm-signal-memory.ts)
 * between zeros, so the frames that reach past either end need no copy of their own.
 */
export class WasmFrameSpectra {
  /** |X[k]|² of frame A at [2k], of frame B at [2k + 1]; only bins below `bins` are written. */
  readonly power: Float64Array;
  /** Band b's weighted power sum of frame A at [2b], of frame B at [2b + 1]. */
  readonly melSums: Float64Array;
  private readonly powerPairKernel: (frameA: number, gap: number, bins: number) => void;
  private readonly melSumsKernel: () => void;
  private readonly signalStart: number;
  private readonly hopBytes: number;

  private constructor(module: WebAssembly.Module, memory: WebAssembly.Memory, samples: Float32Array, fft: RealFft, window: Float64Array, mel: FlatMelBands, hopSize: number) {
    const half = fft.size / 2;
    const bands = mel.firstBin.length;
    // The tables from address 0, in the room wasm-signal-memory.ts leaves for them.
    const place = addressAllocator();
    const { exports, power } = instantiateTransform(module, memory, fft, window, place, kernelTableBytes);
    const sums = place(bands * 16);
    const melStart = place((bands + 1) * 4);
    const melFirstBin = place(bands * 4);
    const melWeights = place(mel.weights.length * 8);
    if (place(0) > kernelTableBytes) throw new RangeError('The tables of this transform do not fit.');
    const buffer = memory.buffer;
    new Int32Array(buffer, melStart, bands + 1).set(mel.start);
    new Int32Array(buffer, melFirstBin, bands).set(mel.firstBin);
    new Float64Array(buffer, melWeights, mel.weights.length).set(mel.weights);
    this.power = new Float64Array(buffer, power, 2 * (half + 1));
    this.melSums = new Float64Array(buffer, sums, 2 * bands);
    this.powerPairKernel = exports.powerPair;
    this.melSumsKernel = () => exports.melSums(melStart, melFirstBin, melWeights, bands, sums);
    // Frame t starts fftSize / 2 samples before sample t · hopSize: in the guard zeros for the first frames.
    this.signalStart = samples.byteOffset - half * 4;
    this.hopBytes = hopSize * 4;
  }

  /**
   * A kernel for this signal and transform, or null where WebAssembly cannot run it (RealFft then
   * does the work). A signal that is not in a signal memory yet is copied into one.
   */
  static create(samples: Float32Array, fft: RealFft, window: Float64Array, mel: FlatMelBands, hopSize: number): WasmFrameSpectra | null {
    const module = frameSpectraModule();
    // The last frame and its partner in the pair reach fftSize / 2 + 2 hops past the end.
    if (!module || fft.firstRadix !== 8 || fft.size + 2 * hopSize > guardSamples) return null;
    try {
      let memory = signalMemoryOf(samples);
      if (!memory) {
        const copy = createSignalMemory(samples.length);
        copy.samples.set(samples);
        [memory, samples] = [copy.memory, copy.samples];
      }
      return new WasmFrameSpectra(module, memory, samples, fft, window, mel, hopSize);
    } catch {
      return null; // no memory for a copy of the signal: RealFft needs none
    }
  }

  /** Fills `power` and `melSums` for frames `frame` and `frame + 1` (frame t centred on sample t · hopSize), bins below `bins`. */
  computePair(frame: number, bins: number): void {
    this.powerPairKernel(this.signalStart + frame * this.hopBytes, this.hopBytes, bins);
    this.melSumsKernel();
  }
}

export interface FrameSpectraExports {
  layout(...addresses: number[]): void;
  powerPair(frameA: number, gap: number, bins: number): void;
  transformPairF64(inputA: number, gap: number, bins: number, realOnly: 0 | 1): void;
  melSums(start: number, firstBin: number, weights: number, bands: number, sums: number): void;
}

/** Hands out byte addresses from 0 on, each block 16-byte aligned; `place(0)` is the end so far. */
export function addressAllocator(): (bytes: number) => number {
  let end = 0;
  return (bytes) => ((end = Math.ceil(end / 16) * 16 + bytes), end - bytes);
}

/**
 * The kernel instantiated on `memory`, with RealFft's tables and `window` placed by `place` (below
 * `limit`) and the kernel told where; `power` is the address of its output, an f64x2 per bin.
 */
export function instantiateTransform(
  module: WebAssembly.Module,
  memory: WebAssembly.Memory,
  fft: RealFft,
  window: Float64Array,
  place: (bytes: number) => number,
  limit: number,
): { exports: FrameSpectraExports; power: number } {
  const half = fft.size / 2;
  const real = place(half * 16);
  const imag = place(half * 16);
  const power = place((half + 1) * 16);
  const groups = place(fft.groupStart.length * 4);
  const twiddles = place(fft.twiddles.length * 8);
  const splitCos = place((half + 1) * 8);
  const splitSin = place((half + 1) * 8);
  const windowAt = place(fft.size * 8);
  if (place(0) > limit) throw new RangeError('The tables of this transform do not fit.');
  const exports = new WebAssembly.Instance(module, { spectra: { memory } }).exports as unknown as FrameSpectraExports;
  const buffer = memory.buffer;
  new Int32Array(buffer, groups, fft.groupStart.length).set(fft.groupStart.map((start) => 2 * start));
  new Float64Array(buffer, twiddles, fft.twiddles.length).set(fft.twiddles);
  new Float64Array(buffer, splitCos, half + 1).set(fft.splitCos);
  new Float64Array(buffer, splitSin, half + 1).set(fft.splitSin);
  new Float64Array(buffer, windowAt, fft.size).set(window);
  exports.layout(half, real, imag, groups, twiddles, splitCos, splitSin, windowAt, power);
  return { exports, power };
}

/** The compiled spectral kernel (see wasmKernelModule). */
export function frameSpectraModule(): WebAssembly.Module | null {
  return wasmKernelModule('frame-spectra.wasm');
}
