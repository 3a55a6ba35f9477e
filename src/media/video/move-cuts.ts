import { BadInputError } from '../../engine/errors/index.ts';
import type { CutPlan } from './plan-cuts.ts';

/** A person's correction: the cut at `from` seconds (as the finished video listed it) goes to `to`. */
export interface CutMove {
  from: number;
  to: number;
}

/** A shot keeps at least this long after a moved cut, as the planner's own shortest shot. */
const shortestShotSeconds = 0.5;

/**
 * Applies moved cuts to a plan, in order: each names a cut of the plan (to the frame) and moves it
 * between its neighbours, never closer than half a second to either; a dissolve into the moved shot
 * is shortened to fit. Only the two shots beside a moved cut change, so a re-render redoes those.
 */
export function moveCuts<Plan extends CutPlan>(plan: Plan, moves: readonly CutMove[]): Plan {
  const { fps } = plan;
  const scenes = plan.scenes.map((scene) => ({ ...scene }));
  const shortest = Math.round(shortestShotSeconds * fps);
  for (const move of moves) {
    const from = Math.round(move.from * fps);
    const index = scenes.findIndex((scene, position) => position > 0 && Math.abs(scene.startFrame - from) <= 1);
    if (index <= 0) throw new BadInputError(`There is no cut at ${move.from} s to move; the cuts are listed in the video's output.`, { details: { field: 'moveCuts' } });
    const to = Math.round(move.to * fps);
    const earliest = scenes[index - 1].startFrame + shortest;
    const latest = scenes[index].endFrame - shortest;
    if (to < earliest || to > latest) {
      throw new BadInputError(`The cut at ${move.from} s can move from ${(earliest / fps).toFixed(2)} to ${(latest / fps).toFixed(2)} s (half a second from the cuts beside it); ${move.to} s is outside.`, { details: { field: 'moveCuts' } });
    }
    scenes[index - 1].endFrame = to;
    scenes[index].startFrame = to;
    const fits = Math.min(scenes[index].transitionFrames, Math.floor(0.4 * Math.min(to - scenes[index - 1].startFrame, scenes[index].endFrame - to)));
    scenes[index].transitionFrames = fits < 2 ? 0 : fits;
  }
  const seconds = (frame: number) => frame / fps;
  const moved = { ...plan, scenes, cuts: scenes.slice(1).map((scene) => seconds(scene.startFrame)) };
  if ('hardCuts' in plan) {
    const hardCuts = scenes.slice(1).filter((scene) => (scene as { transition?: string }).transition !== 'crossfade').map((scene) => seconds(scene.startFrame));
    return { ...moved, hardCuts };
  }
  return moved;
}
