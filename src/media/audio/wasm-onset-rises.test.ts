import { describe, expect, it } from 'vitest';
import { onsetRises } from './onset-envelope.ts';
import type { SpectralFeatures } from './spectral-features.ts';
import { wasmOnsetRises } from './wasm-onset-rises.ts';

/** Mel cells spread over 120 dB, so some fall below the 80 dB floor, with steady and silent stretches. */
function testFeatures(frameCount: number): SpectralFeatures {
  let state = 31;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const melBandCount = 40;
  const melDb = Float32Array.from({ length: frameCount * melBandCount }, (_, cell) => {
    const frame = Math.floor(cell / melBandCount);
    if (frame >= 100 && frame < 120) return -140; // silence, below the floor
    if (frame >= 200 && frame < 230) return -30 + 0.3 * random(); // a steady tone: rises under the smallest counted
    return -110 + 120 * random();
  });
  const melCenterHz = Float64Array.from({ length: melBandCount }, (_, band) => 40 * 1.15 ** band);
  return { frameCount, frameRate: 86, melDb, melBandCount, melCenterHz, chroma: new Float32Array(0), chromaStep: 4 };
}

describe('wasmOnsetRises', () => {
  it.each([[1000, 6], [1000, 0], [129, 40], [2, 3]])('gives the JavaScript rises to the bit (%i frames, %i low bands)', (frameCount, lowBands) => {
    const features = testFeatures(frameCount);
    const expected = onsetRises(features, lowBands);
    const actual = wasmOnsetRises(features, lowBands, 80, 0.5)!;
    expect(Array.from(actual.full)).toEqual(Array.from(expected.full));
    expect(Array.from(actual.low)).toEqual(Array.from(expected.low));
    // Not all zero: the comparison means something.
    expect(actual.full.some((value) => value > 0)).toBe(true);
  });
});
