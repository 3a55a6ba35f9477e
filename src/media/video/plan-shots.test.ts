import { describe, expect, it } from 'vitest';
import { planShots, type ShotPlanOptions } from './plan-shots.ts';

// 120 BPM, a bar every 2 s from 0: a calm intro (0-16 s), a loud chorus (16-32 s), a middling verse (32-48 s).
const beats = Array.from({ length: 96 }, (_, index) => index * 0.5);
const downbeats = beats.filter((_, index) => index % 4 === 0);
const curve = Array.from({ length: 48 }, (_, second) => (second < 16 ? 0.2 : second < 32 ? 0.9 : 0.55));
const base: ShotPlanOptions = {
  duration: 48, fps: 24, bpm: 120, beats, downbeats, intensityCurve: curve,
  sections: [{ start: 0, end: 16 }, { start: 16, end: 32 }, { start: 32, end: 48 }],
  moments: [
    { timestamp: 0, description: 'opening', intensity: 0.2 },
    { timestamp: 16.1, description: 'drop', intensity: 0.9 },
    { timestamp: 31.9, description: 'breakdown', intensity: 0.55 },
  ],
};
const lengths = (plan: ReturnType<typeof planShots>, from: number, to: number) =>
  plan.scenes.filter((shot) => shot.startFrame >= from * 24 && shot.startFrame < to * 24).map((shot) => (shot.endFrame - shot.startFrame) / 24);

describe('planShots', () => {
  const plan = planShots(base);

  it('cuts every 4 bars when calm, every bar when loud, every 2 bars in between, all on downbeats', () => {
    expect(lengths(plan, 0, 16)).toEqual([8, 8]);
    expect(lengths(plan, 16, 32)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
    expect(lengths(plan, 32, 48)).toEqual([4, 4, 4, 4]);
    for (const cut of plan.cuts) expect(downbeats).toContain(cut);
  });

  it('cuts hard at each section change, changes the picture at each key moment, and flashes into the loud part', () => {
    const at = (seconds: number) => plan.scenes.find((shot) => shot.startFrame === seconds * 24)!;
    expect(at(16)).toMatchObject({ transition: 'cut', momentIndex: 1, flash: true, sectionIndex: 1 });
    expect(at(32)).toMatchObject({ transition: 'cut', momentIndex: 2, flash: false });
    expect(plan.hardCuts).toContain(16);
    expect(plan.hardCuts).toContain(32);
  });

  it('dissolves in calm parts, alternates cuts and whips in loud ones, and alternates wide and close shots', () => {
    expect(plan.scenes.filter((shot) => shot.startFrame > 0 && shot.startFrame < 16 * 24).map((shot) => shot.transition)).toEqual(['crossfade']);
    expect(new Set(plan.scenes.filter((shot) => shot.sectionIndex === 1).slice(1).map((shot) => shot.transition))).toEqual(new Set(['cut', 'whip']));
    plan.scenes.slice(1).forEach((shot, index) => expect(shot.framing).not.toBe(plan.scenes[index].framing));
  });

  it('keeps shots within eight bars where the tracker found no downbeats', () => {
    const sparse = planShots({ ...base, downbeats: [0, 40], beats: [], sections: [{ start: 0, end: 48 }], intensityCurve: Array(48).fill(0.1) });
    for (const length of lengths(sparse, 0, 48)) expect(length).toBeLessThanOrEqual(16);
  });

  describe('paces the cuts by the bar in seconds, so a tempo read at double or half gives the same edit', () => {
    // A loud minute read at `bpm`: a bar every four of its beats, from 0.
    const loudMinute = (bpm: number) => {
      const readBeats = Array.from({ length: Math.floor((60 * bpm) / 60) }, (_, index) => (index * 60) / bpm);
      return planShots({
        ...base, duration: 60, bpm, beats: readBeats, downbeats: readBeats.filter((_, index) => index % 4 === 0),
        intensityCurve: Array(60).fill(0.9), sections: [{ start: 0, end: 60 }], moments: [{ timestamp: 0, description: 'drop', intensity: 0.9 }],
      });
    };
    const shotLengths = (plan: ReturnType<typeof planShots>) => plan.scenes.slice(0, -1).map((shot) => (shot.endFrame - shot.startFrame) / 24);

    it.each([
      ['an 87 BPM piece read at 174', 174],
      ['an 87 BPM piece read at 87', 87],
      ['a 174 BPM piece read at 87', 87],
      ['a 174 BPM piece read at 174', 174],
    ])('keeps every loud shot of %s between 1.5 and 4 s', (_, readBpm) => {
      for (const length of shotLengths(loudMinute(readBpm))) {
        expect(length).toBeGreaterThanOrEqual(1.5);
        expect(length).toBeLessThanOrEqual(4);
      }
    });

    it('cuts both readings at the same pace, on the same bar lines of the slower reading', () => {
      const slow = loudMinute(87);
      const fast = loudMinute(174);
      expect(fast.cuts).toEqual(slow.cuts);
    });
  });
});
