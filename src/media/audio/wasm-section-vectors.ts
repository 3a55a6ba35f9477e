import type { SpectralFeatures } from './spectral-features.ts';
import { wasmKernelModule } from './wasm-kernel-module.ts';

/**
 * findSections' blockSums in WebAssembly (wasm/section-vectors.wat), the same numbers: every block's
 * summed pitch classes, coarse mel shape and loudness, before any normalising. Null without
 * WebAssembly (the JavaScript then does the work).
 */
export function wasmBlockSums(features: SpectralFeatures, blockCount: number, framesPerBlock: number, timbreBandGroups: number): Float64Array[] | null {
  const module = wasmKernelModule('section-vectors.wasm');
  if (!module) return null;
  const { melDb, chroma, melBandCount, chromaStep, frameCount } = features;
  const dimensions = 12 + timbreBandGroups + 1;
  const groupsAt = 0;
  const melAt = groupsAt + melBandCount * 4;
  const chromaAt = melAt + melDb.length * 4;
  const outAt = Math.ceil((chromaAt + chroma.length * 4) / 8) * 8;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((outAt + blockCount * dimensions * 8) / 65536) });
  const { blockSums } = new WebAssembly.Instance(module, { sections: { memory, exp: Math.exp, log10: Math.log10 } }).exports as unknown as SectionVectorsExports;
  // Each band's byte offset in a block's vector: its group of the coarse mel shape, after the 12 pitch classes.
  const groups = new Int32Array(memory.buffer, groupsAt, melBandCount);
  for (let band = 0; band < melBandCount; band++) groups[band] = 8 * (12 + Math.floor((band * timbreBandGroups) / melBandCount));
  new Float32Array(memory.buffer, melAt, melDb.length).set(melDb);
  new Float32Array(memory.buffer, chromaAt, chroma.length).set(chroma);
  // A call per block: V8 runs a wasm function in baseline code until it has run a while, and swaps
  // in optimised code only for later calls.
  const vectors: Float64Array[] = [];
  for (let block = 0; block < blockCount; block++) {
    const first = block * framesPerBlock;
    const last = Math.min(frameCount, first + framesPerBlock);
    const out = outAt + block * dimensions * 8;
    if (first < last) blockSums(melAt, chromaAt, groupsAt, melBandCount, chromaStep, first, last, out, (dimensions - 1) * 8);
    vectors.push(new Float64Array(memory.buffer, out, dimensions));
  }
  return vectors;
}

interface SectionVectorsExports {
  blockSums(melDb: number, chroma: number, groups: number, bands: number, chromaStep: number, first: number, last: number, out: number, loudness: number): void;
}
