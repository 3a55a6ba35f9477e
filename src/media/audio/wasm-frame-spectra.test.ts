import { describe, expect, it } from 'vitest';
import { RealFft } from './real-fft.ts';
import { WasmFrameSpectra } from './wasm-frame-spectra.ts';
import { createSignalArray, signalMemoryOf } from './wasm-signal-memory.ts';

/** A chirp over a little noise and a click: every bin gets something. */
function testSignal(length: number): Float32Array {
  let state = 7;
  return Float32Array.from({ length }, (_, i) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const click = i === length >> 1 ? 0.9 : 0;
    return 0.5 * Math.sin(0.00002 * i * i) + 0.05 * (state / 2 ** 31 - 0.5) + click;
  });
}

/** What spectral-features.ts computes in JavaScript for frame t: zeros where the frame reaches past the signal. */
function referencePower(fft: RealFft, samples: Float32Array, window: Float64Array, frame: number, hopSize: number, bins: number): Float64Array {
  const framed = new Float32Array(fft.size);
  for (let i = 0; i < fft.size; i++) framed[i] = samples[frame * hopSize - fft.size / 2 + i] ?? 0;
  const power = new Float64Array(fft.size / 2 + 1);
  fft.windowedPower(framed, 0, window, power, bins);
  return power;
}

describe('WasmFrameSpectra', () => {
  const fftSize = 1024;
  const hopSize = 256;
  const fft = new RealFft(fftSize);
  const window = Float64Array.from({ length: fftSize }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / fftSize));
  // Two bands: bins 3..5 and 40..43, with uneven weights.
  const mel = { start: new Int32Array([0, 3, 7]), firstBin: new Int32Array([3, 40]), weights: new Float64Array([0.2, 1, 0.4, 0.1, 0.5, 0.9, 0.3]) };

  it.each([
    [513, 'an ordinary array (copied)'],
    [300, 'an ordinary array (copied)'],
    [300, 'a signal memory (read in place)'],
  ])("gives RealFft's power spectra and mel sums, frames past either end included (%i bins, signal in %s)", (bins, where) => {
    const generated = testSignal(20_000);
    const samples = where.startsWith('a signal memory') ? createSignalArray(generated.length) : generated;
    samples.set(generated);
    expect(signalMemoryOf(samples) !== null).toBe(samples !== generated);
    const frameCount = Math.floor(samples.length / hopSize) + 1;
    const kernel = WasmFrameSpectra.create(samples, fft, window, mel, hopSize);
    expect(kernel).not.toBeNull();
    for (const frame of [0, 2, 40, frameCount - 3, frameCount - 1]) {
      kernel!.computePair(frame, bins);
      for (const lane of [0, 1]) {
        const expected = referencePower(fft, samples, window, frame + lane, hopSize, bins);
        for (let bin = 0; bin < bins; bin++) {
          expect(Math.abs(kernel!.power[2 * bin + lane] - expected[bin])).toBeLessThanOrEqual(1e-12 * (expected[bin] + 1e-9));
        }
        for (let band = 0; band < 2; band++) {
          let sum = 0;
          for (let j = mel.start[band]; j < mel.start[band + 1]; j++) sum += mel.weights[j] * expected[mel.firstBin[band] + j - mel.start[band]];
          expect(kernel!.melSums[2 * band + lane]).toBeCloseTo(sum, 10);
        }
      }
    }
  });

  it('leaves sizes without a radix-8 first pass to RealFft', () => {
    expect(WasmFrameSpectra.create(testSignal(5000), new RealFft(2048), new Float64Array(2048), mel, 512)).toBeNull();
  });
});
