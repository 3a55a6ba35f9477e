import type { PieceFrames } from './piece-frames.ts';

/** Where a character stands in a picture, in fractions of its width and height: its centre, its feet and its height. */
export interface DancerPlace {
  x: number;
  y: number;
  height: number;
}

export interface DanceFilterOptions extends PieceFrames {
  /** Labels: the cut-out (one RGBA frame), the piece's frames, and the frames with the character in. */
  dancer: string;
  main: string;
  output: string;
  /** The cut-out's size in pixels. */
  dancerWidth: number;
  dancerHeight: number;
  /** Where the picture left room for it. */
  place: DancerPlace;
  /** A close shot: the character stands larger. */
  close: boolean;
  /** 0..1, the shot's loudness: how big the moves are. */
  energy: number;
  /** A bar start and the bar period, in seconds. */
  barPhase: number;
  barPeriod: number;
  /** The piece's frame at which the character jumps (the shot opens on one of the biggest hits); none when absent. */
  jumpFrame?: number;
}

/** Highest jump, as a fraction of the frame's height; the framing leaves room for it above the head. */
const jumpHeight = 0.1;
const jumpSeconds = 0.5;
/** Room kept above the head at the top of the highest move, and the lowest the feet stand. */
const headRoom = 0.03;
const lowestFeet = 0.95;

/** Where and how large the character stands in the frame: its head and feet in shot, however high it bounces. */
export function danceFraming(place: DancerPlace, close: boolean, energy: number): { x: number; feet: number; height: number } {
  const lift = jumpHeight + bounceHeight(energy);
  const feet = Math.min(lowestFeet, Math.max(place.y, 0.7));
  // A close shot fills the frame with the character, so a cut between a wide and a close shot of one picture still changes what fills it.
  const height = Math.min(Math.max(place.height * (close ? 1.6 : 0.8), 0.28), feet - lift - headRoom, 0.78);
  // Close up it steps towards the middle of the frame, where the camera has moved in: with its
  // growth, a cut between a wide and a close shot of one picture still changes what fills the frame.
  return { x: close ? 0.5 + (place.x - 0.5) * 0.3 : place.x, feet, height };
}

function bounceHeight(energy: number): number {
  return 0.015 + 0.035 * energy;
}

/**
 * Makes the cut-out character dance over a piece, as ffmpeg expressions of the song's beat and bar
 * grid evaluated per frame (no frame leaves ffmpeg): squashed wide and short as each beat lands and
 * springing up between beats (a bounce as high as the music is loud), swaying side to side over
 * each bar, and jumping when the shot opens on one of the biggest hits. The frame's framing keeps
 * its head and its feet in shot at the top of every move.
 */
export function danceFilter(options: DanceFilterOptions): string[] {
  const { fps, width, height, energy } = options;
  const framing = danceFraming(options.place, options.close, energy);
  const baseHeight = Math.max(2, Math.round(framing.height * height));
  const baseWidth = Math.max(2, Math.round((baseHeight * options.dancerWidth) / options.dancerHeight));
  const squash = number(0.06 + 0.08 * energy);
  const time = `((n+${options.songStartFrame})/${fps})`;
  // Shifted by whole periods so that times before the first beat still give a positive phase.
  const sinceBeat = options.beatPeriod > 0 ? `mod(${time}-${number(options.beatPhase)}+${number(1000 * options.beatPeriod)},${number(options.beatPeriod)})` : '0';
  const hit = options.beatPeriod > 0 ? `pow(max(0,1-${sinceBeat}/${number(Math.min(0.15, options.beatPeriod / 2))}),2)` : '0';
  const canvasWidth = even(Math.ceil(baseWidth * (1 + 0.06 + 0.08 * energy)) + 2);
  const canvasHeight = even(baseHeight + 2);
  const bounce = options.beatPeriod > 0 ? `${number(bounceHeight(energy) * height)}*sin(PI*${sinceBeat}/${number(options.beatPeriod)})` : '0';
  const swayWidth = Math.round((0.01 + 0.02 * energy) * width);
  const sway = options.barPeriod > 0 ? `${swayWidth}*sin(2*PI*(${time}-${number(options.barPhase)})/${number(options.barPeriod)})` : '0';
  const jumpFrames = Math.max(2, Math.round(jumpSeconds * fps));
  const jump = options.jumpFrame === undefined ? '0'
    : `if(between(n,${options.jumpFrame},${options.jumpFrame + jumpFrames}),${number(jumpHeight * height)}*sin(PI*(n-${options.jumpFrame})/${jumpFrames}),0)`;
  // Whole in the frame at either end of its sway.
  const left = Math.max(0, Math.min(width - canvasWidth - swayWidth, Math.max(swayWidth, Math.round(framing.x * width - canvasWidth / 2))));
  const top = Math.round(framing.feet * height) - canvasHeight;
  const moving = `${options.output}_dancer`;
  return [
    `[${options.dancer}]loop=loop=${options.frames - 1}:size=1:start=0,setpts=N/(${fps}*TB),`
      + `scale=w='${baseWidth}*(1+${squash}*${hit})':h='${baseHeight}*(1-${squash}*${hit})':eval=frame,`
      + `pad=w=${canvasWidth}:h=${canvasHeight}:x='(ow-iw)/2':y='oh-ih':color=black@0:eval=frame[${moving}]`,
    // The piece's own frames end it: with shortest=1 overlay drops the last one, and every later cut comes a frame early.
    `[${options.main}][${moving}]overlay=x='${left}+${sway}':y='${top}-${bounce}-${jump}':eval=frame[${options.output}]`,
  ];
}

function even(value: number): number {
  return value + (value % 2);
}

function number(value: number): string {
  return Number(value.toFixed(5)).toString();
}
