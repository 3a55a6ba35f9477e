import { describe, expect, it } from 'vitest';
import { planCuts, type SceneMoment } from './plan-cuts.ts';

const beats = Array.from({ length: 60 }, (_, index) => 0.5 + index * 0.5); // 120 BPM from 0.5 s
const moment = (timestamp: number, description = 'build-up', intensity = 0.5): SceneMoment => ({ timestamp, description, intensity });

describe('planCuts', () => {
  it('puts every cut on the nearest beat, on a whole frame, and covers the song exactly', () => {
    const plan = planCuts({ duration: 30, fps: 24, bpm: 120, beats, moments: [moment(0, 'opening'), moment(7.1), moment(15.26, 'drop'), moment(26.8, 'outro')] });
    expect(plan.totalFrames).toBe(720);
    expect(plan.cuts).toEqual([7, 15.5, 27]);
    expect(plan.scenes.map((scene) => [scene.startFrame, scene.endFrame])).toEqual([[0, 168], [168, 372], [372, 648], [648, 720]]);
  });

  it('crossfades one beat into the new picture, ending on the beat, and cuts hard on drops and climaxes', () => {
    const plan = planCuts({ duration: 30, fps: 24, bpm: 120, beats, moments: [moment(0, 'opening'), moment(7), moment(15.5, 'drop'), moment(20, 'climax'), moment(27, 'outro')] });
    expect(plan.scenes.map((scene) => scene.transitionFrames)).toEqual([0, 12, 0, 0, 12]);
  });

  it('keeps a crossfade within 40% of the shorter scene', () => {
    const plan = planCuts({ duration: 10, fps: 24, bpm: 40, beats: [1, 2, 3, 4, 5, 6, 7, 8], moments: [moment(0, 'opening'), moment(2), moment(3)] });
    expect(plan.scenes[1].transitionFrames).toBe(Math.floor(0.4 * 24 * 1));
  });

  it('shifts every cut by the beat offset', () => {
    const plan = planCuts({ duration: 30, fps: 25, bpm: 120, beats, beatOffsetSeconds: -0.12, moments: [moment(0, 'opening'), moment(10), moment(20)] });
    expect(plan.cuts).toEqual([9.88, 19.88]);
  });

  it('moves a cut that would make a scene shorter than half a second to a later beat, and leaves out one with no room', () => {
    const plan = planCuts({ duration: 10, fps: 24, bpm: 120, beats: [1, 1.5, 2, 9.9], moments: [moment(0, 'opening'), moment(1), moment(1.2), moment(9.9)] });
    expect(plan.cuts).toEqual([1, 1.5]);
    expect(plan.scenes.map((scene) => scene.momentIndex)).toEqual([0, 1, 2]);
    expect(plan.scenes.at(-1)!.endFrame).toBe(240);
  });

  it('cuts on the moments themselves when the song has no beats', () => {
    const plan = planCuts({ duration: 12, fps: 24, bpm: 0, beats: [], moments: [moment(0, 'opening'), moment(4.02), moment(8)] });
    expect(plan.cuts).toEqual([4, 8]);
  });
});
