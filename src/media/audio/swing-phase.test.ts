import { describe, expect, it } from 'vitest';
import { swingPhase } from './swing-phase.ts';
import { trackBeats } from './track-beats.ts';

const period = 36; // frames per beat: 143 BPM at 86 frames per second

/** A shuffle: a soft note on each beat and a louder swung one two thirds of the way to the next. */
function shuffle(beats: number, onBeat: number, swung: number, swungAt = (2 * period) / 3): Float32Array {
  const envelope = new Float32Array(beats * period + period);
  for (let beat = 1; beat < beats; beat++) {
    envelope[beat * period] = onBeat;
    envelope[Math.round(beat * period + swungAt)] = swung;
  }
  return envelope;
}

describe('swingPhase', () => {
  it('moves beats that landed on loud swung off-beats onto the long notes', () => {
    const envelope = shuffle(60, 0.6, 1);
    const tracked = trackBeats(envelope, new Float32Array(envelope.length).fill(period));
    // The tracker alone follows the louder swung notes...
    expect(tracked.filter((frame) => frame % period === 24).length).toBeGreaterThan(50);
    const beats = swingPhase(tracked, envelope);
    // ...and the long-short pattern puts them back on the beat.
    expect(beats.filter((frame) => frame % period === 0).length).toBeGreaterThan(50);
  });

  it('leaves beats alone when the off-beat falls halfway (straight eighths)', () => {
    const envelope = shuffle(60, 1, 0.8, period / 2);
    const tracked = trackBeats(envelope, new Float32Array(envelope.length).fill(period));
    expect(swingPhase(tracked, envelope)).toEqual(tracked);
  });

  it('leaves beats alone that already read long-short', () => {
    const envelope = shuffle(60, 1, 0.6);
    const tracked = trackBeats(envelope, new Float32Array(envelope.length).fill(period));
    expect(tracked.filter((frame) => frame % period === 0).length).toBeGreaterThan(50);
    expect(swingPhase(tracked, envelope)).toEqual(tracked);
  });
});
