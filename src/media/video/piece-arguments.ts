import { crossfadeFilter } from '../ffmpeg/crossfade-filter.ts';
import { sceneMotion, zoompanFilter, type SceneMotion } from './ken-burns.ts';
import type { CutPlan } from './plan-cuts.ts';
import type { RenderPiece } from './plan-render-pieces.ts';
import type { PlannedShot } from './plan-shots.ts';
import { shotCamera, type FocusPoint } from './shot-camera.ts';

export interface PieceContext {
  plan: CutPlan;
  /** One still per scene, in scene order. */
  imagePaths: readonly string[];
  width: number;
  height: number;
  /** A beat time and the beat period in seconds, for the beat pulse. */
  beatPhase: number;
  beatPeriod: number;
  /** Seconds of fade from black at the very start and to black at the very end. */
  fadeInSeconds: number;
  fadeOutSeconds: number;
  /** libx264 preset; `veryfast` by default. */
  preset?: string;
  /** Where each scene's subject is (scene order), for close-ups; the middle when absent. */
  focusPoints?: readonly FocusPoint[];
  /** Whether this ffmpeg has xfade; without it (npm's 2018 static build) crossfades are overlays. */
  hasXfade?: boolean;
}

/** Frames of the white flash that opens the biggest hits. */
const flashFrames = 3;

/** A shot plan's camera for the scene, or the plain Ken Burns drift for a plan of key moments only. */
function motionOfScene(plan: CutPlan, sceneIndex: number, focus: FocusPoint | undefined): SceneMotion {
  const shot = plan.scenes[sceneIndex] as Partial<PlannedShot> & CutPlan['scenes'][number];
  if (shot.take === undefined) return sceneMotion(sceneIndex, shot.intensity);
  return shotCamera(shot as PlannedShot, focus ?? { x: 0.5, y: 0.6 });
}

/**
 * The ffmpeg arguments that render one piece: the scene's still, enlarged once to twice the video
 * size (so the pan moves by half pixels and does not judder), then zoompan for the motion, and for
 * the last piece of a scene the next scene's still crossfading in (xfade). H.264, no audio.
 */
export function pieceArguments(piece: RenderPiece, context: PieceContext, outputPath: string): string[] {
  const { plan, width, height } = context;
  const { fps } = plan;
  const frames = piece.endFrame - piece.startFrame;
  const scene = plan.scenes[piece.sceneIndex];
  const prepare = (sceneIndex: number) => `scale=${2 * width}:${2 * height}:force_original_aspect_ratio=increase:flags=bicubic,crop=${2 * width}:${2 * height},`
    + `${motionOfScene(plan, sceneIndex, context.focusPoints?.[sceneIndex]).mirror ? 'hflip,' : ''}setsar=1`;
  const motionOf = (sceneIndex: number, motionStartFrame: number, length: number, songStartFrame: number) => {
    const shown = plan.scenes[sceneIndex];
    const appearsAt = shown.startFrame - shown.transitionFrames;
    return zoompanFilter({
      motion: motionOfScene(plan, sceneIndex, context.focusPoints?.[sceneIndex]),
      motionFrames: shown.endFrame - appearsAt,
      motionStartFrame,
      frames: length,
      songStartFrame,
      fps,
      width,
      height,
      beatPhase: context.beatPhase,
      beatPeriod: context.beatPeriod,
    });
  };

  const inputs = ['-i', context.imagePaths[piece.sceneIndex]];
  const appearsAt = scene.startFrame - scene.transitionFrames;
  const graph = [`[0:v]${prepare(piece.sceneIndex)},${motionOf(piece.sceneIndex, piece.startFrame - appearsAt, frames, piece.startFrame)},setsar=1[main]`];
  let last = 'main';
  if (piece.outgoingFrames > 0) {
    const next = piece.sceneIndex + 1;
    const crossfadeStart = piece.endFrame - piece.outgoingFrames;
    inputs.push('-i', context.imagePaths[next]);
    graph.push(`[1:v]${prepare(next)},${motionOf(next, 0, piece.outgoingFrames, crossfadeStart)},setsar=1[next]`);
    graph.push(crossfadeFilter({
      from: 'main', to: 'next', output: 'mixed', hasXfade: context.hasXfade ?? true,
      offsetSeconds: (crossfadeStart - piece.startFrame) / fps, durationSeconds: piece.outgoingFrames / fps,
    }));
    last = 'mixed';
  }
  const finish: string[] = [];
  if ((scene as Partial<PlannedShot>).flash && piece.startFrame === scene.startFrame) {
    finish.push(`fade=t=in:s=0:n=${Math.min(frames, flashFrames)}:color=white`);
  }
  if (piece.startFrame === 0 && context.fadeInSeconds > 0) {
    finish.push(`fade=t=in:s=0:n=${Math.min(frames, Math.round(context.fadeInSeconds * fps))}`);
  }
  if (piece.endFrame === plan.totalFrames && context.fadeOutSeconds > 0) {
    const count = Math.min(frames, Math.round(context.fadeOutSeconds * fps));
    finish.push(`fade=t=out:s=${frames - count}:n=${count}`);
  }
  finish.push('format=yuv420p');
  graph.push(`[${last}]${finish.join(',')}[video]`);

  return [
    '-hide_banner', '-nostdin', '-v', 'error',
    ...inputs,
    '-filter_complex', graph.join(';'),
    '-map', '[video]',
    '-frames:v', String(frames),
    '-c:v', 'libx264', '-preset', context.preset ?? 'veryfast', '-crf', '23',
    '-g', String(Math.round(fps * 4)),
    '-pix_fmt', 'yuv420p',
    '-video_track_timescale', String(Math.round(fps * 512)),
    '-an', '-y', outputPath,
  ];
}
