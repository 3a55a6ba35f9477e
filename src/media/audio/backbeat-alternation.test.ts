import { describe, expect, it } from 'vitest';
import { backbeatAlternation } from './backbeat-alternation.ts';
import { computeTempogram } from './tempogram.ts';

const frameRate = 86;
const length = 4100;

/** A rock groove at 120 BPM (43 frames a beat): kick on 1 and 3 (low band), snare on 2 and 4 (high band). */
function groove(): { onsets: Float32Array; low: Float32Array; high: Float32Array } {
  const onsets = new Float32Array(length);
  const low = new Float32Array(length);
  const high = new Float32Array(length);
  for (let beat = 0, frame = 50; frame < 4000; beat++, frame += 43) {
    onsets[frame] = 1;
    (beat % 2 === 0 ? low : high)[frame] = 1;
  }
  return { onsets, low, high };
}

describe('backbeatAlternation', () => {
  const { onsets, low, high } = groove();
  const { starts, windowFrames } = computeTempogram(onsets, frameRate);
  const at = (period: number) => backbeatAlternation(onsets, low, high, starts, windowFrames, period);

  it('is near 1 at the beat of a backbeat groove', () => {
    expect(at(43)).toBeGreaterThan(0.8);
  });

  it('is near 0 at half the tempo, where every pulse is a kick', () => {
    expect(Math.abs(at(86))).toBeLessThan(0.2);
  });

  it('is 0 without drums to tell apart', () => {
    const silent = new Float32Array(length);
    expect(backbeatAlternation(onsets, silent, silent, starts, windowFrames, 43)).toBe(0);
  });
});
