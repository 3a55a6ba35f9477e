import { createHash } from 'node:crypto';
import { batchArguments } from './batch-arguments.ts';
import type { PieceContext } from './piece-graph.ts';
import type { RenderPiece } from './plan-render-pieces.ts';

/**
 * Rendered shots kept between renders, by a key of everything that makes their frames: a re-render
 * after an edit (a cut moved, one picture swapped) renders only the shots whose key changed.
 */
export interface ShotClipCache {
  /** Copies the clip stored under `key` to `path`; false when there is none. */
  fetch(key: string, path: string): Promise<boolean>;
  /** Keeps the clip at `path` under `key`. */
  store(key: string, path: string): Promise<void>;
}

/** Stable names for the render's input files (asset ids), which stand for their temporary paths in the keys. */
export interface ShotInputKeys {
  /** One per key moment's picture, in the moments' order. */
  images: readonly string[];
  /** One per dancer cut-out. */
  dancers?: readonly string[];
}

/** Bumped when the same arguments would make other frames (an ffmpeg filter's meaning changed here). */
const keyFormat = 1;

/** The pieces of the plan, one list per shot (scene), in order. */
export function piecesByShot(pieces: readonly RenderPiece[]): RenderPiece[][] {
  const shots: RenderPiece[][] = [];
  for (const piece of pieces) {
    if (shots.at(-1)?.[0].sceneIndex === piece.sceneIndex) shots.at(-1)!.push(piece);
    else shots.push([piece]);
  }
  return shots;
}

/**
 * A shot's key: the hash of the ffmpeg arguments that render it alone, its input paths replaced by
 * the inputs' stable names. Whatever changes its frames (its picture, the next one it dissolves
 * into, its frames in the song, its camera, the dancers, the instrument effects on it, the size,
 * the encoder settings) changes the arguments; a cut moved elsewhere in the song does not.
 */
export function shotClipKey(shot: readonly RenderPiece[], context: PieceContext, inputPaths: ReadonlyMap<string, string>): string {
  const args = batchArguments(shot, context, 'shot.mp4').map((argument) => inputPaths.get(argument) ?? argument);
  return createHash('sha256').update(JSON.stringify([keyFormat, args])).digest('hex');
}

/** Splits shots (by index) into at most `count` runs of consecutive ones with about the same number of frames. */
export function runsOfShots(shots: readonly RenderPiece[][], indices: readonly number[], count: number): number[][] {
  const framesOf = (index: number) => shots[index].reduce((sum, piece) => sum + piece.endFrame - piece.startFrame, 0);
  const total = indices.reduce((sum, index) => sum + framesOf(index), 0);
  const runs: number[][] = [];
  let done = 0;
  let current = -1;
  for (const index of indices) {
    // The run a shot belongs to is where its middle falls among the frames to render.
    const run = Math.min(count - 1, Math.floor(((done + framesOf(index) / 2) * count) / Math.max(1, total)));
    if (run !== current) runs.push([]);
    current = run;
    runs.at(-1)!.push(index);
    done += framesOf(index);
  }
  return runs;
}
