import { describe, expect, it } from 'vitest';
import { RealFft } from './real-fft.ts';

function naiveDft(input: number[]): { real: number[]; imag: number[] } {
  const n = input.length;
  const real: number[] = [];
  const imag: number[] = [];
  for (let k = 0; k <= n / 2; k++) {
    let sumReal = 0;
    let sumImag = 0;
    for (let t = 0; t < n; t++) {
      sumReal += input[t] * Math.cos((2 * Math.PI * k * t) / n);
      sumImag -= input[t] * Math.sin((2 * Math.PI * k * t) / n);
    }
    real.push(sumReal);
    imag.push(sumImag);
  }
  return { real, imag };
}

describe('RealFft', () => {
  it.each([4, 8, 64, 1024])('matches a direct DFT for size %i', (size) => {
    let state = 12345;
    const input = Array.from({ length: size }, () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1);
    const fft = new RealFft(size);
    const real = new Float64Array(size / 2 + 1);
    const imag = new Float64Array(size / 2 + 1);
    fft.forward(input, real, imag);
    const expected = naiveDft(input);
    for (let k = 0; k <= size / 2; k++) {
      expect(real[k]).toBeCloseTo(expected.real[k], 8);
      expect(imag[k]).toBeCloseTo(expected.imag[k], 8);
    }
  });

  it('puts a pure tone in its own bin', () => {
    const size = 256;
    const input = Array.from({ length: size }, (_, t) => Math.cos((2 * Math.PI * 10 * t) / size));
    const power = new Float64Array(size / 2 + 1);
    new RealFft(size).power(input, power, new Float64Array(size / 2 + 1), new Float64Array(size / 2 + 1));
    const loudest = power.indexOf(Math.max(...power));
    expect(loudest).toBe(10);
    expect(power[10]).toBeCloseTo((size / 2) ** 2, 6);
  });

  it.each([16, 64, 512])('gives the power of a windowed frame read in place from a longer signal (size %i)', (size) => {
    const signal = Float32Array.from({ length: 3 * size }, (_, t) => Math.sin(t * 0.37) + 0.5 * Math.cos(t * 1.91));
    const window = Float64Array.from({ length: size }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / size));
    const offset = size + 5;
    const fft = new RealFft(size);
    const expected = new Float64Array(size / 2 + 1);
    fft.power(Array.from(window, (weight, i) => signal[offset + i] * weight), expected);
    const power = new Float64Array(size / 2 + 1).fill(-1);
    const bins = size / 4;
    fft.windowedPower(signal, offset, window, power, bins);
    for (let k = 0; k < bins; k++) expect(power[k]).toBeCloseTo(expected[k], 9);
    // Bins from `bins` on are left as they were.
    expect(power.subarray(bins).every((value) => value === -1)).toBe(true);
  });

  it('refuses sizes that are not powers of two', () => {
    expect(() => new RealFft(1000)).toThrow(RangeError);
  });
});
