import { describe, expect, it } from 'vitest';
import { intensityFromLoudness, loudnessPerSecond, scanLoudness } from './intensity-curve.ts';
import { kWeightingFilters } from './k-weighting-filters.ts';

const sine = (hz: number, seconds: number, amplitude: number, sampleRate = 48000) =>
  Float32Array.from({ length: seconds * sampleRate }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate));

describe('kWeightingFilters', () => {
  it('reproduces the 48 kHz coefficients published in ITU-R BS.1770', () => {
    const [shelf, highPass] = kWeightingFilters(48000);
    expect(shelf.b0).toBeCloseTo(1.53512485958697, 6);
    expect(shelf.b1).toBeCloseTo(-2.69169618940638, 6);
    expect(shelf.b2).toBeCloseTo(1.19839281085285, 6);
    expect(shelf.a1).toBeCloseTo(-1.69065929318241, 6);
    expect(shelf.a2).toBeCloseTo(0.73248077421585, 6);
    expect(highPass.a1).toBeCloseTo(-1.99004745483398, 6);
    expect(highPass.a2).toBeCloseTo(0.99007225036621, 6);
  });
});

describe('loudnessPerSecond', () => {
  it('reads a full-scale 1 kHz sine at about -3 LUFS, as the standard specifies', () => {
    const loudness = loudnessPerSecond(sine(1000, 3, 1), 48000);
    expect(loudness).toHaveLength(3);
    expect(loudness[1]).toBeCloseTo(-3.01, 1);
  });

  it('weights treble above bass at equal level', () => {
    const [bass] = loudnessPerSecond(sine(40, 1, 0.5), 48000);
    const [treble] = loudnessPerSecond(sine(4000, 1, 0.5), 48000);
    expect(treble - bass).toBeGreaterThan(4);
  });
});

/** The filters as one loop over the whole signal, as loudnessPerSecond was before it went second by second. */
function oneLoopLoudness(samples: Float32Array, sampleRate: number): number[] {
  const [shelf, highPass] = kWeightingFilters(sampleRate);
  const sums = new Float64Array(Math.ceil(samples.length / sampleRate));
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0, z1 = 0, z2 = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i];
    const y = shelf.b0 * x + shelf.b1 * x1 + shelf.b2 * x2 - shelf.a1 * y1 - shelf.a2 * y2;
    [x2, x1] = [x1, x];
    const z = highPass.b0 * y + highPass.b1 * y1 + highPass.b2 * y2 - highPass.a1 * z1 - highPass.a2 * z2;
    [y2, y1, z2, z1] = [y1, y, z1, z];
    sums[(i / sampleRate) | 0] += z * z;
  }
  return Array.from(sums, (sum, block) => -0.691 + 10 * Math.log10(sum / Math.min(sampleRate, samples.length - block * sampleRate) + 1e-12));
}

describe('scanLoudness', () => {
  it('gives loudnessPerSecond and the peak magnitude in the same pass, NaN for samples that are not finite', () => {
    const samples = sine(440, 3.5, 0.25, 22050);
    samples[30_000] = -0.75;
    const scan = scanLoudness(samples, 22050);
    expect(scan.loudness).toEqual(oneLoopLoudness(samples, 22050));
    expect(scan.peak).toBe(0.75);
    samples[60_000] = Infinity;
    expect(scanLoudness(samples, 22050).peak).toBeNaN();
  });
});

describe('intensityFromLoudness', () => {
  it('gives one value per second, 1 at the loudest and lower where the music is 12 dB quieter', () => {
    const quiet = sine(440, 2, 0.125, 22050);
    const loud = sine(440, 2, 0.5, 22050);
    const samples = new Float32Array(quiet.length + loud.length);
    samples.set(quiet);
    samples.set(loud, quiet.length);
    const curve = intensityFromLoudness(loudnessPerSecond(samples, 22050));
    expect(curve).toHaveLength(4);
    expect(curve[3]).toBeCloseTo(1, 2);
    expect(curve[0]).toBeCloseTo(1 - 12 / 20, 1);
  });
});
