import { describe, expect, it } from 'vitest';
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

describe('offBeatPhase', () => {
  it('moves beats tracked on the off-beats onto the beats where the chords change', () => {
    const { envelope, features } = eighthNotes(2);
    const moved = offBeatPhase(offBeats, envelope, features);
    expect(moved.slice(0, 4)).toEqual([period, 2 * period, 3 * period, 4 * period]);
    expect(moved.every((frame) => frame % period === 0)).toBe(true);
  });

  it('leaves beats that already fall where the chords change', () => {
    const { envelope, features } = eighthNotes(2);
    const onBeats = offBeats.map((frame) => frame + period / 2);
    expect(offBeatPhase(onBeats, envelope, features)).toEqual(onBeats);
  });

  it('leaves the beats alone when the harmony never changes', () => {
    const { envelope, features } = eighthNotes();
    expect(offBeatPhase(offBeats, envelope, features)).toEqual(offBeats);
  });
});
