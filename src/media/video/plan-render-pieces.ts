import type { CutPlan } from './plan-cuts.ts';

/** A stretch of the video that one ffmpeg process renders; pieces are joined without re-encoding. */
export interface RenderPiece {
  /** Position in the video. */
  index: number;
  /** First frame (song time) and the frame after the last. */
  startFrame: number;
  endFrame: number;
  /** The scene shown. */
  sceneIndex: number;
  /** Frames at the end that crossfade into the next scene; 0 when the piece ends on a hard cut or mid-scene. */
  outgoingFrames: number;
}

/**
 * Splits every scene into pieces of at most `maxPieceFrames` (about ten seconds), so that a long
 * song keeps every core busy and reports progress often. A crossfade is always inside the last
 * piece of its outgoing scene, since one process must see both pictures.
 */
export function planRenderPieces(plan: CutPlan, maxPieceFrames: number): RenderPiece[] {
  const pieces: RenderPiece[] = [];
  plan.scenes.forEach((scene, sceneIndex) => {
    const outgoing = plan.scenes[sceneIndex + 1]?.transitionFrames ?? 0;
    const length = scene.endFrame - scene.startFrame;
    const count = Math.max(1, Math.ceil(length / Math.max(1, maxPieceFrames)));
    // Even split; the last part is then at least half a piece long, longer than any crossfade.
    let boundaries = Array.from({ length: count + 1 }, (_, k) => scene.startFrame + Math.round((k * length) / count));
    if (count > 1 && boundaries[count] - boundaries[count - 1] < outgoing) {
      boundaries = [scene.startFrame, scene.endFrame];
    }
    for (let k = 0; k < boundaries.length - 1; k++) {
      const last = k === boundaries.length - 2;
      pieces.push({
        index: pieces.length,
        startFrame: boundaries[k],
        endFrame: boundaries[k + 1],
        sceneIndex,
        outgoingFrames: last ? outgoing : 0,
      });
    }
  });
  return pieces;
}

/**
 * Splits the pieces, in order, into `count` runs of about the same number of frames: the work of
 * one ffmpeg process each (see batchArguments). Never an empty run; fewer runs when there are fewer pieces.
 */
export function batchRenderPieces(pieces: readonly RenderPiece[], count: number): RenderPiece[][] {
  const total = pieces.at(-1)?.endFrame ?? 0;
  const runs = Math.max(1, Math.min(count, pieces.length));
  const batches: RenderPiece[][] = [];
  let current = -1;
  for (const piece of pieces) {
    // The run a piece belongs to is where its middle falls on the timeline.
    const run = Math.min(runs - 1, Math.floor((((piece.startFrame + piece.endFrame) / 2) * runs) / Math.max(1, total)));
    if (run !== current) batches.push([]);
    current = run;
    batches[batches.length - 1].push(piece);
  }
  return batches;
}
