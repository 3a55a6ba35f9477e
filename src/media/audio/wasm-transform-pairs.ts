// Pays where the tempogram runs once a process (`kiln analyze`): 23 ms against the TypeScript's 76 on
// the 182 s song (3.3x, load 7); a second song in the same process takes 16 ms here, 8 in TypeScript
// (`npx tsx bench/beats/kernel-twins.ts`).
import type { RealFft } from './real-fft.ts';
import { addressAllocator, frameSpectraModule, instantiateTransform, type FrameSpectraExports } from './wasm-frame-spectra.ts';

/**
 * RealFft.power and RealFft.forward of two f64 inputs at a time in WebAssembly SIMD (the kernel of
 * wasm/frame-spectra.wat, one input per f64x2 lane): the same operations in the same order, so the
 * same bits. For the tempogram's autocorrelations, whose 4096-point transforms are too few for V8 to
 * have optimised RealFft's JavaScript by the time they are done once the spectral stage runs here.
 */
export class WasmTransformPairs {
  /** The two inputs, `size` values each. */
  readonly inputA: Float64Array;
  readonly inputB: Float64Array;
  /** Bin k of input A at [2k], of input B at [2k + 1]. */
  readonly output: Float64Array;
  private readonly exports: FrameSpectraExports;
  private readonly inputAt: number;
  private readonly gap: number;

  private constructor(module: WebAssembly.Module, fft: RealFft) {
    const place = addressAllocator();
    // Tables and inputs take about eleven arrays of `size` f64: real, imaginary, output, window, ...
    const pages = Math.ceil((12 * fft.size * 8) / 65536) + 1;
    // Shared, as the kernel's import is (see wasm-signal-memory.ts).
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    const { exports, power } = instantiateTransform(module, memory, fft, new Float64Array(fft.size).fill(1), place, memory.buffer.byteLength);
    this.inputAt = place(fft.size * 8);
    const inputB = place(fft.size * 8);
    if (place(0) > memory.buffer.byteLength) throw new RangeError('The inputs do not fit.');
    this.gap = inputB - this.inputAt;
    this.inputA = new Float64Array(memory.buffer, this.inputAt, fft.size);
    this.inputB = new Float64Array(memory.buffer, inputB, fft.size);
    this.output = new Float64Array(memory.buffer, power, fft.size + 2);
    this.exports = exports;
  }

  /** Pairs for `fft`'s size, or null where WebAssembly cannot run them (RealFft then does the work). */
  static create(fft: RealFft): WasmTransformPairs | null {
    const module = frameSpectraModule();
    if (!module || fft.firstRadix !== 8) return null;
    try {
      return new WasmTransformPairs(module, fft);
    } catch {
      return null;
    }
  }

  /** |X[k]|² of both inputs for k = 0..size/2 into `output`, as RealFft.power. */
  power(): void {
    this.exports.transformPairF64(this.inputAt, this.gap, this.inputA.length / 2 + 1, 0);
  }

  /** The real parts of both inputs' spectra for k below `bins` into `output`, as RealFft.forward's `real`. */
  forwardReal(bins: number): void {
    this.exports.transformPairF64(this.inputAt, this.gap, bins, 1);
  }
}
