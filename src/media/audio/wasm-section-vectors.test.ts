import { describe, expect, it } from 'vitest';
import { blockSums } from './find-sections.ts';
import type { SpectralFeatures } from './spectral-features.ts';
import { wasmBlockSums } from './wasm-section-vectors.ts';

describe('wasmBlockSums', () => {
  it('gives the JavaScript block sums to the bit, loud cells (Math.exp\'s other paths) and a short last block included', () => {
    let state = 29;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const frameCount = 1000;
    const melBandCount = 40;
    // Mostly quiet cells, some near 0 dB (where fdlibm's exp takes its short paths), one silent frame.
    const melDb = Float32Array.from({ length: frameCount * melBandCount }, (_, cell) =>
      Math.floor(cell / melBandCount) === 500 ? -100 : random() < 0.05 ? 8 * (random() - 0.5) : -100 + 95 * random(),
    );
    const chroma = Float32Array.from({ length: Math.ceil(frameCount / 4) * 12 }, () => random());
    const features = { frameCount, frameRate: 86, melDb, melBandCount, melCenterHz: new Float64Array(melBandCount), chroma, chromaStep: 4 } satisfies SpectralFeatures;
    // 43 frames a block: the 24th block has only 11.
    const expected = blockSums(features, 24, 43);
    expect(wasmBlockSums(features, 24, 43, 10)!.map((vector) => Array.from(vector))).toEqual(expected.map((vector) => Array.from(vector)));
  });
});
