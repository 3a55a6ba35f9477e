import { decayExpression } from './instrument-effects.ts';
import type { PieceFrames } from './piece-frames.ts';
/** The slow pan and zoom over one still picture, from the moment it appears to the next cut. */
export interface SceneMotion {
  /** Zoom at the start and the end; 1 shows the whole picture. */
  zoomFrom: number;
  zoomTo: number;
  /** Where the view sits at the start and the end, 0..1 across the room the zoom leaves on each axis. */
  panFrom: readonly [number, number];
  panTo: readonly [number, number];
  /** Extra zoom on each beat that decays within the beat; 0 for none. */
  beatPulse: number;
  /** Shows the picture mirrored: a shot of the same picture from the other side. */
  mirror?: boolean;
  /** A shake on the shot's first third of a second, as a fraction of the width; 0 for none. */
  shake?: number;
  /**
   * Frames at the start that swing in sideways: a whip pan landing. Only the incoming shot whips; a
   * swing out of the old one would blur the cut into motion and move it early.
   */
  whipInFrames?: number;
}

// Corners and edge middles, so consecutive scenes drift in different directions.
const panPaths: readonly (readonly [readonly [number, number], readonly [number, number]])[] = [
  [[0.2, 0.5], [0.8, 0.45]],
  [[0.75, 0.2], [0.3, 0.7]],
  [[0.5, 0.8], [0.5, 0.25]],
  [[0.15, 0.25], [0.7, 0.65]],
  [[0.85, 0.6], [0.25, 0.4]],
  [[0.4, 0.3], [0.6, 0.75]],
];

/**
 * The motion of scene `index`: zooming in and out in turn, panning along one of a few paths, more
 * and faster as the music gets louder; scenes from intensity 0.6 up also pulse on the beat.
 */
export function sceneMotion(index: number, intensity: number): SceneMotion {
  const energy = Math.min(1, Math.max(0, intensity));
  const travel = 0.08 + 0.14 * energy;
  const zoomIn = index % 2 === 0;
  const [panFrom, panTo] = panPaths[index % panPaths.length];
  return {
    zoomFrom: zoomIn ? 1.04 : 1.04 + travel,
    zoomTo: zoomIn ? 1.04 + travel : 1.04,
    panFrom,
    panTo,
    beatPulse: energy >= 0.6 ? 0.012 + 0.025 * ((energy - 0.6) / 0.4) : 0,
  };
}

/** One scene's camera move over a piece: PieceFrames' beat grid is the pulse's. */
export interface ZoompanOptions extends PieceFrames {
  motion: SceneMotion;
  /** Frames from the picture's first appearance to the next cut: the whole motion. */
  motionFrames: number;
  /** Where in the motion the rendered part starts. */
  motionStartFrame: number;
  /**
   * The song's kicks, as the frames (of this part, 0 first) where a push starts: the camera pushes in
   * on each instead of pulsing on the beat grid. Absent when the song's kicks are not known.
   */
  kickPush?: { starts: readonly number[]; frames: number; amount: number };
}

const number = (value: number) => String(Math.round(value * 1e6) / 1e6);

/**
 * The zoompan filter for a part of one scene's motion. zoompan sees a single still frame and makes
 * `frames` frames from it; `on` counts them, so the expressions shift it to the motion's own clock
 * and to song time, which lets one scene be rendered in independent parts.
 */
export function zoompanFilter(options: ZoompanOptions): string {
  const { motion, fps } = options;
  const progress = `((on+${options.motionStartFrame})/${Math.max(1, options.motionFrames - 1)})`;
  const lerp = (from: number, to: number) => `(${number(from)}+${number(to - from)}*${progress})`;
  let zoom = lerp(motion.zoomFrom, motion.zoomTo);
  if (options.kickPush) {
    const push = decayExpression(options.kickPush.starts, options.kickPush.frames, 'on', options.frames);
    if (push) zoom = `${zoom}*(1+${number(Math.max(motion.beatPulse, options.kickPush.amount))}*(${push}))`;
  } else if (motion.beatPulse > 0 && options.beatPeriod > 0) {
    const sinceBeat = `mod((on+${options.songStartFrame})/${fps}-${number(options.beatPhase)},${number(options.beatPeriod)})`;
    const decay = number(Math.min(0.2, options.beatPeriod / 2));
    zoom = `${zoom}*(1+${number(motion.beatPulse)}*pow(max(0,1-${sinceBeat}/${decay}),2))`;
  }
  let x = `(iw-iw/zoom)*${lerp(motion.panFrom[0], motion.panTo[0])}`;
  let y = `(ih-ih/zoom)*${lerp(motion.panFrom[1], motion.panTo[1])}`;
  // Frames since the shot began and before it ends, for the effects tied to the shot's edges.
  const local = `(on+${options.motionStartFrame})`;
  if (motion.shake) {
    const fade = `max(0,1-${local}/${number(0.35 * fps)})`;
    x += `+iw*${number(motion.shake)}*sin(${local}*2.9)*${fade}`;
    y += `+ih*${number(motion.shake)}*cos(${local}*2.3)*${fade}`;
  }
  // A whip swings towards the side the pan has room on; zoompan clamps x to the picture.
  const room = motion.panFrom[0] < 0.5 ? 1 : -1;
  if (motion.whipInFrames) x += `+${room}*(iw-iw/zoom)*pow(max(0,1-${local}/${motion.whipInFrames}),2)`;
  return `zoompan=z='${zoom}':x='${x}':y='${y}':d=${options.frames}:s=${options.width}x${options.height}:fps=${fps}`;
}
