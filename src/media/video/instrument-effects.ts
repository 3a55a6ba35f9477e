import type { InstrumentEvents } from '../audio/audio-analysis-schema.ts';

/** The song frames at which each instrument effect starts. */
export interface InstrumentEffects {
  /** Kicks: the camera pushes in a little and eases back. */
  push: number[];
  /** Snares and claps: the picture brightens slightly; never more than three a second, counting the shots' own flashes. */
  flash: number[];
  /** Hats: a shimmer of film grain for two frames. */
  shimmer: number[];
  /** Notes in the middle: the colours swing a few degrees round the hue circle and back. */
  colour: number[];
}

/**
 * WCAG 2.3.1 allows at most three flashes in any one second. Flashes start at least this far apart
 * (also from a shot's white opening), so no window of one second holds four: 0, 0.35, 0.7, 1.05.
 */
export const shortestFlashGapSeconds = 0.35;
/** Colour swings closer than this would make the picture wobble rather than answer the tune. */
const shortestColourGapSeconds = 0.5;

/** How long each effect lasts, in seconds, and how strong it is at its peak. */
export const effectShape = {
  /** Extra zoom (fraction); decays as the square of the time left. */
  push: { seconds: 0.18, amount: 0.02 },
  /**
   * Added to brightness (eq's -1..1 scale): 0.06 lifts mid-grey's relative luminance by about 0.06,
   * under the 0.1 change WCAG counts as a flash at all.
   */
  flash: { seconds: 0.2, amount: 0.06 },
  /** ffmpeg noise strength (0..100) on brightness only (grain, not coloured speckle), changing every frame; two frames. */
  shimmer: { frames: 2, amount: 20 },
  /** Degrees of hue at the peak of the swing. */
  colour: { seconds: 0.6, amount: 10 },
} as const;

/**
 * Turns the analysis' onset lists into the frames where each effect starts: one effect per kind of
 * sound, so a drum fill (kicks, snares) pushes and brightens while a vocal line or chords shift the
 * colour. `shotFlashFrames` are the frames where a shot opens with its own white flash.
 */
export function planInstrumentEffects(events: InstrumentEvents, options: { fps: number; totalFrames: number; shotFlashFrames: readonly number[] }): InstrumentEffects {
  const { fps, totalFrames } = options;
  const framesOf = (times: readonly number[]) => [...new Set(times.map((time) => Math.round(time * fps)).filter((frame) => frame >= 0 && frame < totalFrames))].sort((a, b) => a - b);
  const flashGap = Math.ceil(shortestFlashGapSeconds * fps);
  const shotFlashes = [...options.shotFlashFrames].sort((a, b) => a - b);
  const flash: number[] = [];
  for (const frame of framesOf(events.snare)) {
    const last = flash.at(-1);
    if (last !== undefined && frame - last < flashGap) continue;
    if (shotFlashes.some((shot) => Math.abs(shot - frame) < flashGap)) continue;
    flash.push(frame);
  }
  return {
    push: spaced(framesOf(events.kick), 2),
    flash,
    shimmer: spaced(framesOf(events.hats), effectShape.shimmer.frames),
    colour: spaced(framesOf(events.melodic), Math.ceil(shortestColourGapSeconds * fps)),
  };
}

/** Keeps frames at least `gap` apart, the earlier of two winning. */
function spaced(frames: readonly number[], gap: number): number[] {
  const kept: number[] = [];
  for (const frame of frames) if (kept.length === 0 || frame - kept.at(-1)! >= gap) kept.push(frame);
  return kept;
}

/**
 * An ffmpeg expression of the frame counter `counter` (piece-local frames) that is 1 when an
 * effect starts and falls to 0 over `length` frames (as the square of the time left), summed over
 * the effects started at `starts`; `undefined` when none reaches the frames `0 .. frames - 1`.
 */
export function decayExpression(starts: readonly number[], length: number, counter: string, frames: number): string | undefined {
  const terms = reaching(starts, length, frames).map((start) => `between(${counter},${start},${start + length - 1})*pow(1-(${counter}-(${start}))/${length},2)`);
  return terms.length > 0 ? terms.join('+') : undefined;
}

/**
 * A timeline `enable` expression that is a whole number, 1 or more, on the frames the effects cover:
 * ffmpeg truncates `enable` to an integer, so a decay of 0.25 would switch the filter off.
 */
function windowExpression(starts: readonly number[], length: number, frames: number): string {
  return reaching(starts, length, frames).map((start) => `between(n,${start},${start + length - 1})`).join('+');
}

function reaching(starts: readonly number[], length: number, frames: number): number[] {
  return starts.filter((start) => start < frames && start + length > 0);
}

/**
 * The filters (after the camera move) that put a piece's snare flashes, hat shimmer and colour
 * swings on its frames: eq, noise and hue, each switched on by the timeline only on the frames an
 * effect covers, so the frames between hits cost nothing. Frames are the piece's own (0 first).
 */
export function instrumentEffectFilters(effects: InstrumentEffects, piece: { startFrame: number; endFrame: number }, fps: number): string[] {
  const frames = piece.endFrame - piece.startFrame;
  const local = (starts: readonly number[]) => starts.map((frame) => frame - piece.startFrame);
  const filters: string[] = [];
  const flashLength = Math.max(2, Math.round(effectShape.flash.seconds * fps));
  const flash = decayExpression(local(effects.flash), flashLength, 'n', frames);
  if (flash) filters.push(`eq=brightness='${effectShape.flash.amount}*(${flash})':eval=frame:enable='${windowExpression(local(effects.flash), flashLength, frames)}'`);
  const shimmer = local(effects.shimmer);
  if (reaching(shimmer, effectShape.shimmer.frames, frames).length > 0) {
    filters.push(`noise=c0s=${effectShape.shimmer.amount}:c0f=t:enable='${windowExpression(shimmer, effectShape.shimmer.frames, frames)}'`);
  }
  const colourLength = Math.max(2, Math.round(effectShape.colour.seconds * fps));
  const colour = decayExpression(local(effects.colour), colourLength, 'n', frames);
  // A swing out and back (sine of the decay), so the colours never jump.
  if (colour) filters.push(`hue=h='${effectShape.colour.amount}*sin(PI*(${colour}))':enable='${windowExpression(local(effects.colour), colourLength, frames)}'`);
  return filters;
}
