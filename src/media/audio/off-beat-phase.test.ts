import { describe, expect, it } from 'vitest';
import { harmonicNovelty } from './harmonic-novelty.ts';
import { offBeatPhase } from './off-beat-phase.ts';
import type { SpectralFeatures } from './spectral-features.ts';

const period = 40;
const chromaStep = 4;
const frameCount = 40 * period;

/**
 * Onsets of equal strength on every beat (frames 0, 40, 80, ...) and halfway between; the chord
 * changes every `chordBeats` beats, on a beat, when `chordBeats` is given, else never.
 */
function eighthNotes(chordBeats?: number): { envelope: Float32Array; features: SpectralFeatures } {
  const envelope = new Float32Array(frameCount);
  for (let frame = 0; frame < frameCount; frame += period / 2) envelope[frame] = 1;
  const rows = Math.ceil(frameCount / chromaStep);
  const chroma = new Float32Array(rows * 12);
  for (let row = 0; row < rows; row++) {
    const chord = chordBeats ? Math.floor((row * chromaStep) / (period * chordBeats)) % 2 : 0;
    for (const pitch of chord === 0 ? [0, 4, 7] : [5, 9, 0]) chroma[row * 12 + pitch] = 1;
  }
  const features = { frameCount, frameRate: 86, melDb: new Float32Array(0), melBandCount: 0, melCenterHz: new Float64Array(0), chroma, chromaStep };
  return { envelope, features };
}

const offBeats = Array.from({ length: 30 }, (_, i) => period / 2 + i * period);

describe('harmonicNovelty', () => {
  it('peaks where the chord changes and stays near 0 where it holds', () => {
    const { features } = eighthNotes(2);
    const novelty = harmonicNovelty(features, period / 2);
    expect(novelty[2 * period]).toBeGreaterThan(0.5);
    expect(novelty[3 * period]).toBeLessThan(0.01);
    expect(novelty[2 * period + period / 2]).toBeLessThan(0.01);
  });
});

describe('offBeatPhase', () => {
  it('moves beats tracked on the off-beats onto the beats where the chords change', () => {
    const { envelope, features } = eighthNotes(2);
    const moved = offBeatPhase(offBeats, envelope, harmonicNovelty(features, period / 2));
    expect(moved.slice(0, 4)).toEqual([period, 2 * period, 3 * period, 4 * period]);
    expect(moved.every((frame) => frame % period === 0)).toBe(true);
  });

  it('leaves beats that already fall where the chords change', () => {
    const { envelope, features } = eighthNotes(2);
    const onBeats = offBeats.map((frame) => frame + period / 2);
    expect(offBeatPhase(onBeats, envelope, harmonicNovelty(features, period / 2))).toEqual(onBeats);
  });

  it('moves them when the harmony clearly favours the beats, though the accents on the "and" are louder', () => {
    // Accents on the "and" a third louder than the beats, harmonic change on the beats 1.3 times that
    // on the "and": the onsets favour staying (0.75), the harmony moving (1.3); the harmony decides.
    const envelope = new Float32Array(frameCount);
    const harmony = new Float32Array(frameCount);
    for (let frame = 0; frame < frameCount; frame += period) [envelope[frame], harmony[frame]] = [0.75, 1.3];
    for (const frame of offBeats) [envelope[frame], harmony[frame]] = [1, 1];
    expect(offBeatPhase(offBeats, envelope, harmony).every((frame) => frame % period === 0)).toBe(true);
    // With the harmony only a little stronger on the beats (1.1), the louder "and" keeps the beats.
    for (let frame = 0; frame < frameCount; frame += period) harmony[frame] = 1.1;
    expect(offBeatPhase(offBeats, envelope, harmony)).toEqual(offBeats);
  });

  it('leaves the beats alone when the harmony never changes', () => {
    const { envelope, features } = eighthNotes();
    expect(offBeatPhase(offBeats, envelope, harmonicNovelty(features, period / 2))).toEqual(offBeats);
  });
});
