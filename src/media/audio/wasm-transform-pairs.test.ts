import { describe, expect, it } from 'vitest';
import { RealFft } from './real-fft.ts';
import { WasmTransformPairs } from './wasm-transform-pairs.ts';

/** Two different inputs: a decaying pulse train and a sum of sines, with some zeros at the end as the tempogram pads. */
function inputs(size: number): [Float64Array, Float64Array] {
  const used = Math.floor(size * 0.6);
  const a = Float64Array.from({ length: size }, (_, i) => (i < used && i % 37 < 3 ? Math.exp(-i / size) : 0));
  const b = Float64Array.from({ length: size }, (_, i) => (i < used ? Math.sin(i * 0.3) + 0.5 * Math.cos(i * 0.071) : 0));
  return [a, b];
}

describe('WasmTransformPairs', () => {
  it.each([256, 4096])("gives RealFft's power spectra and real parts of two inputs at once (size %i)", (size) => {
    const fft = new RealFft(size);
    const pairs = WasmTransformPairs.create(fft);
    expect(pairs).not.toBeNull();
    const half = size / 2;
    const expectedPower = [new Float64Array(half + 1), new Float64Array(half + 1)];
    const expectedReal = [new Float64Array(half + 1), new Float64Array(half + 1)];
    const imag = new Float64Array(half + 1);
    inputs(size).forEach((input, lane) => {
      fft.power(input, expectedPower[lane]);
      fft.forward(input, expectedReal[lane], imag);
    });
    const close = (actual: number, expected: number, scale: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * scale);

    pairs!.inputA.set(inputs(size)[0]);
    pairs!.inputB.set(inputs(size)[1]);
    pairs!.power();
    for (const lane of [0, 1]) {
      const scale = Math.max(...expectedPower[lane]);
      for (let k = 0; k <= half; k++) close(pairs!.output[2 * k + lane], expectedPower[lane][k], scale);
    }
    pairs!.forwardReal(half + 1);
    for (const lane of [0, 1]) {
      const scale = Math.max(...expectedReal[lane].map(Math.abs));
      for (let k = 0; k <= half; k++) close(pairs!.output[2 * k + lane], expectedReal[lane][k], scale);
    }
  });

  it('leaves sizes without a radix-8 first pass to RealFft', () => {
    expect(WasmTransformPairs.create(new RealFft(512))).toBeNull();
  });
});
