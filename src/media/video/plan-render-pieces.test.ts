import { describe, expect, it } from 'vitest';
import { planCuts } from './plan-cuts.ts';
import { batchRenderPieces, planRenderPieces } from './plan-render-pieces.ts';

describe('planRenderPieces', () => {
  const beats = Array.from({ length: 200 }, (_, index) => index * 0.5);
  const plan = planCuts({
    duration: 60, fps: 24, bpm: 120, beats,
    moments: [{ timestamp: 0, description: 'opening', intensity: 0.3 }, { timestamp: 31, description: 'build-up', intensity: 0.6 }, { timestamp: 55, description: 'outro', intensity: 0.4 }],
  });

  it('covers every frame once, in order, in pieces of at most the limit', () => {
    const pieces = planRenderPieces(plan, 240);
    expect(pieces[0].startFrame).toBe(0);
    expect(pieces.at(-1)!.endFrame).toBe(plan.totalFrames);
    pieces.slice(1).forEach((piece, index) => expect(piece.startFrame).toBe(pieces[index].endFrame));
    expect(Math.max(...pieces.map((piece) => piece.endFrame - piece.startFrame))).toBeLessThanOrEqual(240);
    expect(pieces.map((piece) => piece.index)).toEqual(pieces.map((_, index) => index));
  });

  it('puts each crossfade whole into the last piece of the scene it leaves', () => {
    const pieces = planRenderPieces(plan, 240);
    const withCrossfade = pieces.filter((piece) => piece.outgoingFrames > 0);
    expect(withCrossfade.map((piece) => [piece.sceneIndex, piece.endFrame, piece.outgoingFrames])).toEqual([
      [0, plan.scenes[1].startFrame, plan.scenes[1].transitionFrames],
      [1, plan.scenes[2].startFrame, plan.scenes[2].transitionFrames],
    ]);
    for (const piece of withCrossfade) expect(piece.endFrame - piece.startFrame).toBeGreaterThanOrEqual(piece.outgoingFrames);
  });

  it('batches the pieces into runs of consecutive pieces of about the same length', () => {
    const pieces = planRenderPieces(plan, 48);
    const batches = batchRenderPieces(pieces, 3);
    expect(batches).toHaveLength(3);
    expect(batches.flat()).toEqual(pieces);
    const lengths = batches.map((run) => run.at(-1)!.endFrame - run[0].startFrame);
    for (const length of lengths) expect(Math.abs(length - plan.totalFrames / 3)).toBeLessThanOrEqual(48);
    expect(batchRenderPieces(pieces.slice(0, 2), 5)).toHaveLength(2);
  });
});
