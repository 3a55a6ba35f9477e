import { describe, expect, it } from 'vitest';
import { pickKeyMoments } from './pick-key-moments.ts';

// A minute of music: quiet verse, a loud chorus from 20 s, a breakdown at 40 s, an outro from 50 s.
const intensity = Array.from({ length: 60 }, (_, second) => (second < 20 ? 0.3 : second < 40 ? 0.9 : second < 50 ? 0.4 : 0.5));
const sections = [
  { start: 0, end: 20 },
  { start: 20, end: 40 },
  { start: 40, end: 50 },
  { start: 50, end: 60 },
];
const beats = Array.from({ length: 119 }, (_, index) => 0.25 + index * 0.5);

describe('pickKeyMoments', () => {
  it('names the opening, the drop, the climax, the breakdown and the outro where they happen', () => {
    const moments = pickKeyMoments(intensity, sections, beats, 60, 5);
    expect(moments.map((moment) => moment.description)).toEqual(['opening', 'drop', 'climax', 'breakdown', 'outro']);
    const [opening, drop, climax, breakdown, outro] = moments;
    expect(opening.timestamp).toBe(0.25);
    expect(drop.timestamp).toBeCloseTo(20, 0);
    expect(climax.timestamp).toBeGreaterThan(25);
    expect(climax.timestamp).toBeLessThan(36);
    expect(breakdown.timestamp).toBeCloseTo(40, 0);
    expect(outro.timestamp).toBeCloseTo(50, 0);
    expect(drop.intensity).toBeCloseTo(0.9, 2);
    expect(opening.intensity).toBeCloseTo(0.3, 2);
  });

  it('puts every moment on a beat, in order, apart from each other', () => {
    const moments = pickKeyMoments(intensity, sections, beats, 60, 10);
    expect(moments).toHaveLength(10);
    for (let i = 1; i < moments.length; i++) {
      expect(moments[i].timestamp).toBeGreaterThan(moments[i - 1].timestamp + 1);
      expect(beats).toContain(moments[i].timestamp);
    }
  });

  it('gives only the opening when one moment is asked for', () => {
    expect(pickKeyMoments(intensity, sections, beats, 60, 1)).toEqual([{ timestamp: 0.25, intensity: 0.3, description: 'opening' }]);
  });

  it('still spreads moments over a song without beats or sections', () => {
    const flat = new Array(30).fill(0.5);
    const moments = pickKeyMoments(flat, [{ start: 0, end: 30 }], [], 30, 4);
    expect(moments).toHaveLength(4);
    expect(moments[0]).toMatchObject({ timestamp: 0, description: 'opening' });
  });
});
