import { describe, expect, it } from 'vitest';
import { scoreTempoCandidates } from './estimate-tempo.ts';
import { computeTempogram } from './tempogram.ts';

const frameRate = 86;

describe('scoreTempoCandidates', () => {
  // Equal clicks every 20 frames (258 a minute): a beat of 129 BPM holds two, one of 64.5 holds four.
  const envelope = new Float32Array(4100);
  for (let frame = 50; frame < 4000; frame += 20) envelope[frame] = 1;
  const candidates = scoreTempoCandidates(envelope, frameRate, computeTempogram(envelope, frameRate));
  const near = (bpm: number) => candidates.find((candidate) => Math.abs(candidate.bpm / bpm - 1) < 0.03);

  it('scores each metrical level as the sum of its terms', () => {
    expect(candidates.length).toBeGreaterThan(1);
    for (const { terms, score } of candidates) {
      expect(score).toBeCloseTo(terms.salience + terms.hitRate + terms.periodicity + terms.prior + terms.density, 9);
    }
  });

  it('prefers the level whose beats hold about one and a half accented onsets', () => {
    const twoPerBeat = near(129);
    const fourPerBeat = near(64.5);
    expect(twoPerBeat && fourPerBeat).toBeTruthy();
    expect(twoPerBeat!.terms.density).toBeGreaterThan(fourPerBeat!.terms.density + 0.3);
    expect(twoPerBeat!.terms.density).toBeLessThan(0);
  });
});
