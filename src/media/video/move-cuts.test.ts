import { describe, expect, it } from 'vitest';
import { moveCuts } from './move-cuts.ts';
import { planCuts } from './plan-cuts.ts';

const plan = planCuts({
  duration: 12, fps: 24, bpm: 120, beats: Array.from({ length: 24 }, (_, index) => index * 0.5),
  moments: [0, 3, 6, 9].map((timestamp, index) => ({ timestamp, intensity: 0.5, description: index === 2 ? 'drop' : 'build-up' })),
});

describe('moveCuts', () => {
  it('moves one cut and changes only the two shots beside it', () => {
    expect(plan.cuts).toEqual([3, 6, 9]);
    const moved = moveCuts(plan, [{ from: 6, to: 6.5 }]);
    expect(moved.cuts).toEqual([3, 6.5, 9]);
    expect(moved.scenes[0]).toEqual(plan.scenes[0]);
    expect(moved.scenes[3]).toEqual(plan.scenes[3]);
    expect([moved.scenes[1].endFrame, moved.scenes[2].startFrame]).toEqual([156, 156]);
  });

  it('refuses a cut that is not there, and a move closer than half a second to a neighbour', () => {
    expect(() => moveCuts(plan, [{ from: 4, to: 5 }])).toThrow(/There is no cut at 4 s/);
    expect(() => moveCuts(plan, [{ from: 6, to: 8.75 }])).toThrow(/can move from 3\.50 to 8\.50 s/);
  });
});
