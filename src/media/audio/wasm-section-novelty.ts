import { wasmKernelModule } from './wasm-kernel-module.ts';

/**
 * findSections' novelty curve in WebAssembly (wasm/section-novelty.wat): the near self-similarity of
 * the block vectors, then the checkerboard `taper` slid along its diagonal, the same operations in
 * the same order as the JavaScript, so the same numbers. Both run once a song, which in JavaScript
 * means largely in unoptimised code. Null without WebAssembly (the JavaScript then does the work).
 */
export function wasmNoveltyCurve(vectors: Float64Array[], taper: Float64Array, half: number): Float64Array | null {
  const module = wasmKernelModule('section-novelty.wasm');
  if (!module) return null;
  const blocks = vectors.length;
  const dimensions = vectors[0].length;
  const reach = 2 * half;
  const vectorsAt = 0;
  const taperAt = vectorsAt + blocks * dimensions * 8;
  const similarityAt = taperAt + taper.length * 8;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((similarityAt + blocks * reach * 8) / 65536) });
  const kernel = new WebAssembly.Instance(module, { novelty: { memory } }).exports as unknown as NoveltyExports;
  vectors.forEach((vector, block) => new Float64Array(memory.buffer, vectorsAt + block * dimensions * 8, dimensions).set(vector));
  new Float64Array(memory.buffer, taperAt, taper.length).set(taper);
  // A call per row and per block: see the .wat.
  for (let block = 0; block < blocks; block++) kernel.similarityRow(vectorsAt, blocks, dimensions, reach, similarityAt + block * reach * 8, block);
  const novelty = new Float64Array(blocks);
  for (let centre = half; centre <= blocks - half; centre++) novelty[centre] = kernel.noveltyAt(taperAt, similarityAt, half, centre);
  return novelty;
}

interface NoveltyExports {
  similarityRow(vectors: number, blocks: number, dimensions: number, reach: number, out: number, block: number): void;
  noveltyAt(taper: number, similarity: number, half: number, centre: number): number;
}
