// Pays: the 182 s song's loudness scan in 18 ms against the TypeScript's 59 (3.3x, first call in a
// fresh process, load 7; `npx tsx bench/beats/kernel-twins.ts`).
import type { Biquad } from './k-weighting-filters.ts';
import { wasmKernelModule } from './wasm-kernel-module.ts';
import { signalMemoryOf } from './wasm-signal-memory.ts';

/** A scan under way through a signal, block after block. */
export interface LoudnessKernel {
  /** The sum of the squared filter output over samples `from`..`to`, which must follow the previous call's. */
  sumSquares(from: number, to: number): number;
  /** The largest magnitude of the samples scanned, NaN when one was not finite (or beyond ±1e6). */
  peak(): number;
}

/**
 * scanLoudness's K-weighting filters and peak in WebAssembly SIMD (wasm/loudness-scan.wat): the two
 * filters side by side in the lanes of one f64x2 expression, the same arithmetic in the same order,
 * so the same sums and peak for about half the cost. Reads `samples` where they lie in a signal
 * memory; null where the kernel cannot run or the samples are not in one.
 */
export function wasmLoudnessScan(samples: Float32Array, shelf: Biquad, highPass: Biquad): LoudnessKernel | null {
  const module = wasmKernelModule('loudness-scan.wasm');
  const memory = module && signalMemoryOf(samples);
  if (!module || !memory) return null;
  const { start, sumSquares, peak } = new WebAssembly.Instance(module, { scan: { memory } }).exports as unknown as LoudnessScanExports;
  const { b0, b1, b2, a1, a2 } = shelf;
  start(samples.byteOffset, samples.length, b0, b1, b2, a1, a2, highPass.b0, highPass.b1, highPass.b2, highPass.a1, highPass.a2);
  // The high-pass runs two samples behind the shelf: its first two steps yield nothing of the signal's.
  sumSquares(-2, 0);
  return { sumSquares, peak };
}

interface LoudnessScanExports extends LoudnessKernel {
  start(signalAddress: number, length: number, ...shelfThenHighPass: number[]): void;
}
