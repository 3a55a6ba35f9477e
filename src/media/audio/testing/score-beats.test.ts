import { describe, expect, it } from 'vitest';
import { beatFMeasure, tempoMatches } from './score-beats.ts';

const grid = (period: number, from: number, to: number) => Array.from({ length: Math.floor((to - from) / period) + 1 }, (_, i) => from + i * period);

describe('beatFMeasure', () => {
  const reference = grid(0.5, 0, 30);

  it('is 1 for beats within the tolerance and 0 for beats outside it', () => {
    expect(beatFMeasure(reference.map((time) => time + 0.06), reference)).toBe(1);
    expect(beatFMeasure(reference.map((time) => time + 0.1), reference)).toBe(0);
  });

  it('scores a tracker at twice or half the tempo about 2/3', () => {
    expect(beatFMeasure(grid(0.25, 0, 30), reference)).toBeCloseTo(2 / 3, 1);
    expect(beatFMeasure(grid(1, 0, 30), reference)).toBeCloseTo(2 / 3, 1);
  });

  it('ignores the first five seconds, where trackers lock on', () => {
    const wrongStart = [...grid(0.37, 0, 4.9), ...reference.filter((time) => time >= 5)];
    expect(beatFMeasure(wrongStart, reference)).toBe(1);
  });

  it('lets each reference beat match one detection only', () => {
    const doubled = reference.flatMap((time) => [time, time + 0.01]);
    expect(beatFMeasure(doubled, reference)).toBeCloseTo(2 / 3, 2);
  });
});

describe('tempoMatches', () => {
  it('accepts 4 % either side and refuses more', () => {
    expect(tempoMatches(124.8, 120)).toBe(true);
    expect(tempoMatches(125.2, 120)).toBe(false);
  });

  it('accepts double, half and triple only when lenient', () => {
    expect(tempoMatches(240, 120)).toBe(false);
    expect(tempoMatches(240, 120, { lenient: true })).toBe(true);
    expect(tempoMatches(60, 120, { lenient: true })).toBe(true);
    expect(tempoMatches(40, 120, { lenient: true })).toBe(true);
    expect(tempoMatches(90, 120, { lenient: true })).toBe(false);
  });
});
