import { describe, expect, it } from 'vitest';
import { estimateTempo } from './estimate-tempo.ts';
import { computeTempogram } from './tempogram.ts';
import { trackTempoPath } from './tempo-path.ts';
import { trackBeats } from './track-beats.ts';

const frameRate = 86;

/** An onset envelope with a click at every given frame. */
function clicks(frames: number[], length: number, strength: (index: number) => number = () => 1): Float32Array {
  const envelope = new Float32Array(length);
  frames.forEach((frame, index) => (envelope[Math.round(frame)] = strength(index)));
  return envelope;
}

const every = (period: number, from: number, to: number) => Array.from({ length: Math.floor((to - from) / period) + 1 }, (_, i) => from + i * period);

describe('trackBeats', () => {
  it('lands on the clicks and ignores the silence before them', () => {
    const frames = every(43, 200, 3000);
    const beats = trackBeats(clicks(frames, 3100), new Float32Array(3100).fill(43));
    expect(beats).toEqual(frames);
  });

  it('ends where the onsets end, even when what it follows carries on (a chord fading out)', () => {
    const frames = every(43, 200, 2000);
    const onsets = clicks(frames, 3100);
    const followed = onsets.map((value, frame) => value + (frame > 2000 ? 0.6 : 0));
    const beats = trackBeats(followed, new Float32Array(3100).fill(43), onsets);
    expect(beats).toEqual(frames);
  });

  it('keeps the pulse through a missing beat', () => {
    const frames = every(40, 100, 2500);
    const withGap = frames.filter((_, index) => index !== 30);
    const beats = trackBeats(clicks(withGap, 2600), new Float32Array(2600).fill(40));
    expect(beats).toContain(frames[30]);
  });
});

describe('tempo estimation and the tempo path', () => {
  it('does not double a slow pulse that has nothing between its beats', () => {
    const envelope = clicks(every(86, 50, 4000), 4100);
    const tempo = estimateTempo(envelope, frameRate, computeTempogram(envelope, frameRate));
    expect(tempo.bpm).toBeCloseTo(60, 0);
  });

  it('does not halve a fast pulse whose every beat is struck alike', () => {
    const envelope = clicks(every(30.35, 50, 4000), 4100);
    const tempo = estimateTempo(envelope, frameRate, computeTempogram(envelope, frameRate));
    expect(tempo.bpm).toBeGreaterThan(170 * 0.98);
    expect(tempo.bpm).toBeLessThan(170 * 1.02);
  });

  it('takes the beat, not the weak off-beats, as the tempo', () => {
    const frames = every(25.8, 50, 4000); // eighth notes at 100 BPM: strong on the beat, weak between
    const envelope = clicks(frames, 4100, (index) => (index % 2 === 0 ? 1 : 0.25));
    const tempo = estimateTempo(envelope, frameRate, computeTempogram(envelope, frameRate));
    expect(tempo.bpm).toBeCloseTo(100, 0);
  });

  it('follows a tempo change from 100 to 125 BPM', () => {
    const slow = every(51.6, 50, 2500);
    const fast = every(41.28, slow[slow.length - 1] + 41.28, 5000);
    const envelope = clicks([...slow, ...fast], 5100);
    const tempogram = computeTempogram(envelope, frameRate);
    const tempo = estimateTempo(envelope, frameRate, tempogram);
    const periods = trackTempoPath(tempogram, tempo.period, envelope.length);
    expect(periods[1000]).toBeGreaterThan(51.6 * 0.97);
    expect(periods[1000]).toBeLessThan(51.6 * 1.03);
    expect(periods[4000]).toBeGreaterThan(41.28 * 0.97);
    expect(periods[4000]).toBeLessThan(41.28 * 1.03);
    const beats = trackBeats(envelope, periods);
    const onClicks = beats.filter((beat) => [...slow, ...fast].some((frame) => Math.abs(frame - beat) <= 1));
    expect(onClicks.length / beats.length).toBeGreaterThan(0.95);
  });
});
