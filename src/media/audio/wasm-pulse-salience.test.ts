import { describe, expect, it } from 'vitest';
import { pulseHitRate, pulseSalience } from './pulse-salience.ts';
import { wasmPulseKernels } from './wasm-pulse-salience.ts';

/** Onsets every 37.3 frames over noise, with a silent stretch: every phase and rounding case is met. */
function testEnvelope(length: number): Float32Array {
  let state = 17;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Float32Array.from({ length }, (_, frame) => {
    if (frame > 900 && frame < 1100) return 0;
    return (Math.abs(frame % 37.3) < 1 ? 3 : 0) + random();
  });
}

describe('wasmPulseKernels', () => {
  const envelope = testEnvelope(3000);
  const kernels = wasmPulseKernels(envelope)!;
  // Windows from the first frame (the hit rate's frame before it) to past the end (cut short there).
  const starts = [0, 1, 250, 1700, 2400];

  it.each([37.3, 18.65, 74.6, 40, 25.5])('gives the JavaScript salience and hit rate to the bit (period %f)', (period) => {
    const salience = pulseSalience(envelope, starts, 1000, period);
    expect(pulseSalience(envelope, starts, 1000, period, kernels.bestPhase)).toBe(salience);
    const hitRate = pulseHitRate(envelope, starts, 1000, period, 1.5);
    expect(pulseHitRate(envelope, starts, 1000, period, 1.5, kernels.bestHitPhase)).toBe(hitRate);
    expect(salience).toBeGreaterThan(0);
    expect(hitRate).toBeGreaterThan(0);
  });
});
