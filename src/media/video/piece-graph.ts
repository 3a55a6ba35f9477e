import { crossfadeFilter } from '../ffmpeg/crossfade-filter.ts';
import { danceFilter, type DancerPlace } from './dance-filter.ts';
import { effectShape, instrumentEffectFilters, type InstrumentEffects } from './instrument-effects.ts';
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
  /** libx264 quality, 0 (lossless) to 51; 23 by default. */
  crf?: number;
  /** Where each scene's subject is (scene order), for close-ups; the middle when absent. */
  focusPoints?: readonly FocusPoint[];
  /** Whether this ffmpeg has xfade; without it (npm's 2018 static build) crossfades are overlays. */
  hasXfade?: boolean;
  /** Global ffmpeg options put before the inputs (scalerCpuFlags); none by default. */
  globalOptions?: readonly string[];
  /**
   * Characters that dance over the pictures: their cut-outs (PNG with transparency) and sizes, and for
   * each scene (scene order) where each stands, or nothing where the picture has them drawn in.
   */
  dancers?: {
    imagePaths: readonly string[];
    sizes: readonly { width: number; height: number }[];
    placesOfScene: readonly (readonly DancerPlace[] | undefined)[];
  };
  /** A bar start and the bar period in seconds, for the dancers' sway; 0 for none. */
  barPhase?: number;
  barPeriod?: number;
  /** Where the song's kicks, snares, hats and notes start each its own effect (song frames); none when unknown. */
  instrumentEffects?: InstrumentEffects;
}

/** The dancers a scene shows: their indices, where the scene left room for them. */
export function dancersOfScene(context: PieceContext, sceneIndex: number): number[] {
  const places = context.dancers?.placesOfScene[sceneIndex];
  return places ? places.map((_, index) => index).filter((index) => index < context.dancers!.imagePaths.length) : [];
}

/** A shot that shows its picture mirrored shows the place left for a character on the other side. */
function mirrored(place: DancerPlace, mirror: boolean | undefined): DancerPlace {
  return mirror ? { ...place, x: 1 - place.x } : place;
}

/** Frames of the white flash that opens the biggest hits. */
const flashFrames = 3;

/** A shot plan's camera for the scene, or the plain Ken Burns drift for a plan of key moments only. */
export function motionOfScene(plan: CutPlan, sceneIndex: number, focus: FocusPoint | undefined): SceneMotion {
  const shot = plan.scenes[sceneIndex] as Partial<PlannedShot> & CutPlan['scenes'][number];
  if (shot.take === undefined) return sceneMotion(sceneIndex, shot.intensity);
  return shotCamera(shot as PlannedShot, focus ?? { x: 0.5, y: 0.6 });
}

/**
 * The filters that make a scene's still ready for zoompan: enlarged once to twice the video size
 * (so the pan moves by half pixels and does not judder), cropped to the frame, mirrored when the
 * shot says so. The same for every piece of the scene, so a process prepares each still once.
 *
 * The still's pixel format is left to ffmpeg (yuv420p, what the output asks for) except for a still
 * that some piece crossfades from or into (`crossfades`, with xfade): ffmpeg would then pick planar
 * RGB with alpha for it, the nearest format xfade shares with the picture, and zoompan would rescale
 * four full planes per frame for every piece of that still. yuv444p keeps what that gave (no chroma
 * subsampling, so zoompan's crop need not sit on even pixels and the pan still moves by half pixels;
 * PSNR 53 dB or more against the RGB frames) for about a third less CPU in those pieces.
 */
export function prepareStill(context: PieceContext, sceneIndex: number, options: { crossfades?: boolean } = {}): string {
  const { width, height } = context;
  const mirror = motionOfScene(context.plan, sceneIndex, context.focusPoints?.[sceneIndex]).mirror;
  const format = options.crossfades && (context.hasXfade ?? true) ? ',format=yuv444p' : '';
  return `scale=${2 * width}:${2 * height}:force_original_aspect_ratio=increase:flags=bicubic,crop=${2 * width}:${2 * height},`
    + `${mirror ? 'hflip,' : ''}setsar=1${format}`;
}

/**
 * The filter graph of one piece: zoompan moves over the scene's prepared still (label `still`), and
 * for the last piece of a scene the next scene's still (label `nextStill`) crossfades in (xfade);
 * flashes and fades at the edges; yuv420p frames under the label `output`, exactly as many as the piece has.
 */
export function pieceGraph(piece: RenderPiece, context: PieceContext, labels: { still: string; nextStill?: string; dancers?: readonly string[]; output: string }): string[] {
  const { plan, width, height } = context;
  const { fps } = plan;
  const frames = piece.endFrame - piece.startFrame;
  const scene = plan.scenes[piece.sceneIndex];
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
      ...(context.instrumentEffects ? {
        kickPush: {
          starts: context.instrumentEffects.push.map((frame) => frame - songStartFrame),
          frames: Math.max(2, Math.round(effectShape.push.seconds * fps)),
          amount: effectShape.push.amount,
        },
      } : {}),
    });
  };

  const main = `${labels.output}_main`;
  const appearsAt = scene.startFrame - scene.transitionFrames;
  const graph = [`[${labels.still}]${motionOf(piece.sceneIndex, piece.startFrame - appearsAt, frames, piece.startFrame)},setsar=1[${main}]`];
  let last = main;
  if (piece.outgoingFrames > 0) {
    if (!labels.nextStill) throw new Error(`Piece ${piece.index} crossfades into the next scene but has no still for it.`);
    const next = `${labels.output}_next`;
    const mixed = `${labels.output}_mixed`;
    const crossfadeStart = piece.endFrame - piece.outgoingFrames;
    graph.push(`[${labels.nextStill}]${motionOf(piece.sceneIndex + 1, 0, piece.outgoingFrames, crossfadeStart)},setsar=1[${next}]`);
    graph.push(crossfadeFilter({
      from: main, to: next, output: mixed, hasXfade: context.hasXfade ?? true,
      offsetSeconds: (crossfadeStart - piece.startFrame) / fps, durationSeconds: piece.outgoingFrames / fps,
    }));
    last = mixed;
  }
  for (const [order, dancer] of dancersOfScene(context, piece.sceneIndex).entries()) {
    const label = labels.dancers?.[order];
    if (!label) throw new Error(`Piece ${piece.index} shows dancer ${dancer + 1} but has no cut-out for it.`);
    const shot = scene as Partial<PlannedShot> & typeof scene;
    const danced = `${labels.output}_dance${order}`;
    graph.push(...danceFilter({
      dancer: label, main: last, output: danced,
      dancerWidth: context.dancers!.sizes[dancer].width, dancerHeight: context.dancers!.sizes[dancer].height,
      place: mirrored(context.dancers!.placesOfScene[piece.sceneIndex]![dancer], motionOfScene(plan, piece.sceneIndex, context.focusPoints?.[piece.sceneIndex]).mirror),
      close: shot.framing === 'close', energy: Math.min(1, Math.max(0, scene.intensity)),
      frames, songStartFrame: piece.startFrame, fps, width, height,
      beatPhase: context.beatPhase, beatPeriod: context.beatPeriod,
      barPhase: context.barPhase ?? context.beatPhase, barPeriod: context.barPeriod ?? 0,
      // A second dancer answers the first half a beat later, so two characters do not move as one.
      ...(shot.flash && piece.startFrame === scene.startFrame ? { jumpFrame: order * Math.round((context.beatPeriod * fps) / 2) } : {}),
    }));
    last = danced;
  }
  const finish: string[] = context.instrumentEffects ? instrumentEffectFilters(context.instrumentEffects, piece, fps) : [];
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
  // Exactly the piece's frames, so the pieces after it in the same process keep their planned times.
  finish.push(`trim=end_frame=${frames}`, 'format=yuv420p');
  graph.push(`[${last}]${finish.join(',')}[${labels.output}]`);
  return graph;
}
