// The recorded beat set's reference check (bench/beats/chart-lag.ts, spectral-flux.ts); vitest does not
// collect tests under bench/, so it lives here. Made-up click trains with a known offset.
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../src/engine/seeded-random.ts';
import { chartLag, isClearPeak } from '../bench/beats/chart-lag.ts';
import { spectralFlux } from '../bench/beats/spectral-flux.ts';

const rate = 24000;


/** Chart times on a 16th-note grid, about half the slots played, as a guitar chart is. */
function chartTimes(seed: number, seconds: number, bpm = 150): number[] {
  const next = createSeededRandom(seed).next;
  const sixteenth = 60 / bpm / 4;
  return Array.from({ length: Math.floor((seconds - 1) / sixteenth) }, (_, i) => 0.5 + i * sixteenth).filter(() => next() < 0.5);
}

/** Decaying noise bursts (a plucked attack's broadband start) at the given times, over faint noise. */
function clicks(times: readonly number[], seconds: number, seed: number): Float32Array {
  const next = createSeededRandom(seed).next;
  const samples = Float32Array.from({ length: seconds * rate }, () => 0.001 * (next() - 0.5));
  for (const time of times) {
    const start = Math.round(time * rate);
    for (let i = 0; i < 0.03 * rate && start + i < samples.length; i++) samples[start + i] += (next() - 0.5) * Math.exp(-i / (0.005 * rate));
  }
  return samples;
}

describe('chartLag', () => {
  it.each([0, 0.08, -0.12, 0.2])('finds a recording that plays the chart %s s late, with a clear peak', (offset) => {
    const chart = chartTimes(1, 30);
    const curve = spectralFlux(clicks(chart.map((time) => time + offset), 31, 2), rate, 120);
    const lag = chartLag(chart, curve);
    // One 5 ms frame early at most: the flux rises while the attack is still in the window's second half.
    expect(Math.abs(lag.lagSeconds - offset)).toBeLessThanOrEqual(0.0051);
    expect(isClearPeak(lag)).toBe(true);
  });

  it('finds no clear peak when the recording plays another chart at another tempo', () => {
    const curve = spectralFlux(clicks(chartTimes(3, 30, 137), 31, 4), rate, 120);
    expect(isClearPeak(chartLag(chartTimes(5, 30), curve))).toBe(false);
  });
});
