import { describe, expect, it } from 'vitest';
import { scanLoudness } from './intensity-curve.ts';
import { kWeightingFilters } from './k-weighting-filters.ts';
import { wasmLoudnessScan } from './wasm-loudness-scan.ts';
import { createSignalArray, signalMemoryOf } from './wasm-signal-memory.ts';

/** Silence, then a chirp over noise with a loud click: low and high frequencies, exact zeros included. */
function testSignal(length: number): Float32Array<ArrayBuffer> {
  const samples = createSignalArray(length);
  let state = 11;
  for (let i = 300; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    samples[i] = 0.4 * Math.sin(0.00001 * i * i) + 0.1 * (state / 2 ** 31 - 0.5) + (i === length >> 1 ? -0.95 : 0);
  }
  return samples;
}

describe('wasmLoudnessScan', () => {
  it.each([22050 * 3, 22050 * 3 + 1, 22050 * 2 - 7, 5])(
    'gives the JavaScript filters\' loudness and peak to the bit (%i samples)',
    (length) => {
      const samples = testSignal(length);
      expect(signalMemoryOf(samples)).not.toBeNull();
      // The same samples outside a signal memory go through the JavaScript filters.
      const reference = scanLoudness(Float32Array.from(samples), 22050);
      const [shelf, highPass] = kWeightingFilters(22050);
      const kernel = wasmLoudnessScan(samples, shelf, highPass)!;
      const sums = Array.from({ length: Math.ceil(length / 22050) }, (_, block) => kernel.sumSquares(block * 22050, Math.min(length, (block + 1) * 22050)));
      expect(sums.map((sum, block) => -0.691 + 10 * Math.log10(sum / Math.min(22050, length - block * 22050) + 1e-12))).toEqual(reference.loudness);
      expect(kernel.peak()).toBe(reference.peak);
      expect(scanLoudness(samples, 22050)).toEqual(reference);
    },
  );

  it('reads a sample that is not finite as a NaN peak', () => {
    const samples = testSignal(22050 * 2);
    samples[30_000] = Infinity;
    expect(scanLoudness(samples, 22050).peak).toBeNaN();
  });
});
