import { describe, expect, it } from 'vitest';
import { pulseHitRate, pulseSalience } from './pulse-salience.ts';

/** A click every `period` frames from frame 7 on. */
function clickTrain(period: number, length: number): Float32Array {
  const envelope = new Float32Array(length);
  for (let frame = 7; frame < length; frame += period) envelope[frame] = 1;
  return envelope;
}

describe('pulseHitRate', () => {
  const envelope = clickTrain(40, 2400);
  const starts = [0, 600, 1200];

  it('is 1 for a train at the clicks\' own period and about 1/2 for one twice as fast', () => {
    expect(pulseHitRate(envelope, starts, 1000, 40, 0.5)).toBe(1);
    expect(pulseHitRate(envelope, starts, 1000, 20, 0.5)).toBeCloseTo(0.5, 1);
  });

  it('counts no hits when nothing rises above the threshold', () => {
    expect(pulseHitRate(envelope, starts, 1000, 40, 2)).toBe(0);
  });

  it('rates the beat and half its speed alike, so only a train faster than the beat loses', () => {
    expect(pulseHitRate(envelope, starts, 1000, 80, 0.5)).toBe(1);
    // The salience, by contrast, already drops for the too-fast train: half its pulses are empty.
    expect(pulseSalience(envelope, starts, 1000, 40)).toBeGreaterThan(pulseSalience(envelope, starts, 1000, 20));
  });
});
