/** A key moment as the cut planner needs it; the music video analysis' key moments fit. */
export interface SceneMoment {
  /** Seconds into the song. */
  timestamp: number;
  /** `opening`, `build-up`, `drop`, `breakdown`, `climax` or `outro`. */
  description: string;
  /** 0..1 */
  intensity: number;
}

export interface CutPlanOptions {
  /** Length of the song in seconds; the video has exactly this many seconds' worth of frames. */
  duration: number;
  fps: number;
  /** Ascending; the first one opens the video whatever its timestamp. */
  moments: readonly SceneMoment[];
  /** Beat times in seconds, ascending; cuts are moved onto them. */
  beats: readonly number[];
  /** Tempo, for the length of a crossfade (one beat). */
  bpm: number;
  /** Moves every cut by this many seconds from its beat (negative: before the beat). Default 0. */
  beatOffsetSeconds?: number;
}

export interface PlannedScene {
  /** The moment (and so the image) this scene shows. */
  momentIndex: number;
  /** The frame from which the picture is fully shown: the cut, on a beat (0 for the first scene). */
  startFrame: number;
  /** The frame of the next cut, or the total for the last scene. */
  endFrame: number;
  /** Frames just before `startFrame` in which the picture crossfades in; 0 for a hard cut. */
  transitionFrames: number;
  intensity: number;
}

export interface CutPlan {
  fps: number;
  totalFrames: number;
  scenes: PlannedScene[];
  /** The time of every cut after the opening, in seconds (a whole frame): beat plus offset. */
  cuts: number[];
}

/** Descriptions that hit hard: the picture changes at once on the beat instead of crossfading. */
const hardCutMoments = new Set(['drop', 'climax']);
const shortestSceneSeconds = 0.5;

/**
 * Places one scene per key moment so that every cut falls on a beat (plus the offset) on a whole
 * frame. Crossfades last one beat (0.25–1 s, at most 40% of either scene) and end on the beat, so
 * the new picture is fully there when the beat lands; drops and climaxes cut hard. A moment that
 * leaves no room for a scene of half a second is left out.
 */
export function planCuts(options: CutPlanOptions): CutPlan {
  const { fps, moments, beats } = options;
  const offset = options.beatOffsetSeconds ?? 0;
  const totalFrames = Math.max(1, Math.round(options.duration * fps));
  const shortest = Math.max(2, Math.round(shortestSceneSeconds * fps));
  const toFrame = (seconds: number) => Math.round(seconds * fps);

  const starts: { momentIndex: number; frame: number }[] = [{ momentIndex: 0, frame: 0 }];
  for (let index = 1; index < moments.length; index++) {
    const earliest = starts[starts.length - 1].frame + shortest;
    let frame = toFrame((beats.length > 0 ? nearest(beats, moments[index].timestamp) : moments[index].timestamp) + offset);
    if (frame < earliest) {
      const later = beats.find((beat) => toFrame(beat + offset) >= earliest);
      frame = later === undefined ? Number.POSITIVE_INFINITY : toFrame(later + offset);
    }
    if (frame > totalFrames - shortest) continue;
    starts.push({ momentIndex: index, frame });
  }

  const beatFrames = Number.isFinite(options.bpm) && options.bpm > 0 ? (60 / options.bpm) * fps : 0.5 * fps;
  const crossfade = Math.round(Math.min(fps, Math.max(0.25 * fps, beatFrames)));
  const scenes = starts.map((start, index): PlannedScene => {
    const endFrame = starts[index + 1]?.frame ?? totalFrames;
    const moment = moments[start.momentIndex];
    let transitionFrames = 0;
    if (index > 0 && !hardCutMoments.has(moment.description)) {
      const previousLength = start.frame - starts[index - 1].frame;
      transitionFrames = Math.min(crossfade, Math.floor(0.4 * Math.min(previousLength, endFrame - start.frame)));
      if (transitionFrames < 2) transitionFrames = 0;
    }
    return { momentIndex: start.momentIndex, startFrame: start.frame, endFrame, transitionFrames, intensity: moment.intensity };
  });
  return { fps, totalFrames, scenes, cuts: scenes.slice(1).map((scene) => scene.startFrame / fps) };
}

function nearest(values: readonly number[], target: number): number {
  let best = values[0];
  for (const value of values) if (Math.abs(value - target) < Math.abs(best - target)) best = value;
  return best;
}
