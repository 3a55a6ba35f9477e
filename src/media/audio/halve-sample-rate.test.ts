import { describe, expect, it } from 'vitest';
import { halveSampleRate } from './halve-sample-rate.ts';

const sine = (hz: number, length: number, sampleRate = 44100) =>
  Float32Array.from({ length }, (_, i) => Math.sin((2 * Math.PI * hz * i) / sampleRate));

const rms = (values: Float32Array, from: number, to: number) => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i] ** 2;
  return Math.sqrt(sum / (to - from));
};

describe('halveSampleRate', () => {
  it('gives ⌈n/2⌉ samples, even for very short input', () => {
    expect(halveSampleRate(new Float32Array(1001), 1)).toHaveLength(501);
    expect(halveSampleRate(new Float32Array(1000), 1)).toHaveLength(500);
    expect(halveSampleRate(Float32Array.of(1, 1, 1), 1)).toHaveLength(2);
  });

  it('keeps a tone below 8 kHz in level and in time (no delay)', () => {
    const output = halveSampleRate(sine(1000, 44100), 1);
    for (let k = 100; k < 22000; k += 997) expect(output[k]).toBeCloseTo(Math.sin((2 * Math.PI * 1000 * k) / 22050), 3);
  });

  it('removes a tone above 14 kHz, which would otherwise fold back below 8 kHz', () => {
    const output = halveSampleRate(sine(15000, 44100), 1);
    expect(rms(output, 100, output.length - 100)).toBeLessThan(10 ** (-60 / 20));
  });

  it('scales integer samples as it filters them', () => {
    const output = halveSampleRate(new Int16Array(200).fill(16384), 1 / 32768);
    expect(output[50]).toBeCloseTo(0.5, 6);
  });
});
