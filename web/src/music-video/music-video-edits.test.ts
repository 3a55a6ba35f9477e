import { describe, expect, it } from 'vitest';
import { barLines, clampCut, cutLimits, editsRequest, hasEdits, nearestBeat, noEdits, sectionStyleProblem } from './music-video-edits.ts';

const cuts = [2, 4, 8];
const duration = 12;

describe('music video edits', () => {
  it('keeps a cut half a second (and a frame) from the cuts beside it, as listed and as moved', () => {
    expect(cutLimits(cuts, {}, 1, duration, 25)).toEqual({ min: 2.54, max: 7.46 });
    // The first cut's neighbour is the opening, the last one's the end of the song.
    expect(cutLimits(cuts, {}, 0, duration, 25)).toEqual({ min: 0.54, max: 3.46 });
    expect(cutLimits(cuts, {}, 2, duration, 25)).toEqual({ min: 4.54, max: 11.46 });
    // The cut before moved later: the room shrinks to the moved one, which the renderer checks against.
    expect(cutLimits(cuts, { 0: 3 }, 1, duration, 25).min).toBe(3.54);
    // Moved earlier: the route still checks against the listed one, so the room does not grow.
    expect(cutLimits(cuts, { 0: 1 }, 1, duration, 25).min).toBe(2.54);
  });

  it('holds a dragged time within the limits, to the millisecond', () => {
    expect(clampCut(1.23456, { min: 2.54, max: 7.46 })).toBe(2.54);
    expect(clampCut(9, { min: 2.54, max: 7.46 })).toBe(7.46);
    expect(clampCut(5.12345, { min: 2.54, max: 7.46 })).toBe(5.123);
  });

  it('names moved cuts by their listed time and leaves out what did not change', () => {
    expect(editsRequest(cuts, { moves: { 1: 4.5, 2: 8 }, swaps: [{ moment: 2, assetId: 'asset-1', name: 'me.png' }], redraws: [], sectionStyles: {} })).toEqual({
      moveCuts: [{ from: 4, to: 4.5 }],
      swapPictures: [{ moment: 2, assetId: 'asset-1' }],
    });
    expect(editsRequest(cuts, { ...noEdits, barOneSeconds: 0.5 })).toEqual({ barOneSeconds: 0.5 });
    expect(hasEdits(cuts, noEdits)).toBe(false);
    expect(hasEdits(cuts, { ...noEdits, moves: { 0: 2 } })).toBe(false);
  });

  it('asks for new drawings by picture and styles by section, and says what is wrong with style words', () => {
    expect(editsRequest(cuts, { ...noEdits, redraws: [3, 1], sectionStyles: { 2: ' city rooftops at night ' } })).toEqual({
      regeneratePictures: [{ moment: 3 }, { moment: 1 }],
      sectionStyles: [{ section: 2, style: 'city rooftops at night' }],
    });
    expect(sectionStyleProblem('   ')).toMatch(/Write a few words/);
    expect(sectionStyleProblem('x'.repeat(501))).toMatch(/at most 500 characters/);
    expect(sectionStyleProblem('a forest')).toBeUndefined();
  });

  it('takes bar 1 to the nearest beat and draws the bars that follow from it', () => {
    const beats = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];
    const analysis = { beats, downbeats: [0.5, 2.5, 4.5] };
    expect(nearestBeat(beats, 1.1)).toBe(1);
    expect(nearestBeat([], 1.1)).toBe(1.1);
    expect(barLines(analysis, undefined)).toEqual([0.5, 2.5, 4.5]);
    expect(barLines(analysis, 1)).toEqual([1, 3, 5]);
  });
});
