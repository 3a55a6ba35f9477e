import type { CutPlan, CutPlanOptions, PlannedScene } from './plan-cuts.ts';
import { barGrid, nearestIndex } from './bar-grid.ts';

/** How a shot begins: a hard cut, a dissolve (calm parts only) or a whip pan into a hard cut. */
export type ShotTransition = 'cut' | 'crossfade' | 'whip';

export interface PlannedShot extends PlannedScene {
  transition: ShotTransition;
  /** Which structural section of the song the shot is in. */
  sectionIndex: number;
  /** 0 for the first shot of a picture, 1 for the next…: varies the camera among shots of one picture. */
  take: number;
  /**
   * Wide and close shots take turns, so every cut changes what fills the frame (the whole scene, then
   * the subject), even between two shots of one picture or two dark pictures alike in colour.
   */
  framing: 'wide' | 'close';
  /** A white flash on the first frames: the biggest hits (a section that jumps up, a drop, the climax). */
  flash: boolean;
}

export interface ShotPlan extends CutPlan {
  scenes: PlannedShot[];
  /** Seconds of the cuts that change the picture at once (transition cut or whip): what a viewer sees as a cut. */
  hardCuts: number[];
}

export interface ShotPlanOptions extends CutPlanOptions {
  /** Bar starts in seconds, ascending; shots begin on them. */
  downbeats: readonly number[];
  /** Structural sections covering the song: a hard cut at each change. */
  sections: readonly { start: number; end: number }[];
  /** Loudness per whole second, 0..1: sets how often the picture cuts. */
  intensityCurve: readonly number[];
}

/**
 * Seconds a shot aims for by the section's loudness: busy when loud, steady when calm. Set in
 * seconds, not bars, so a song whose beat is read at double or half its tempo (its bar at half or
 * twice its length) is still cut at the same pace.
 */
export function shotSeconds(intensity: number): number {
  if (intensity >= 0.72) return 2.5;
  if (intensity >= 0.45) return 3.5;
  return 6;
}

/**
 * Bars per shot: the whole number of bars, 1, 2, 4 or 8 (phrases come in powers of two), whose
 * length is nearest the section's `shotSeconds` on a log scale. A loud shot then lasts 1.8 to 3.5 s
 * whatever the tempo reading, a middling one 2.5 to 5 s and a calm one 4.2 to 8.5 s (bars of 1 to 4 s).
 */
export function barsPerShot(intensity: number, barSeconds: number): number {
  const target = shotSeconds(intensity);
  let bars = 1;
  while (bars < 8 && Math.abs(Math.log((2 * bars * barSeconds) / target)) < Math.abs(Math.log((bars * barSeconds) / target))) bars *= 2;
  return bars;
}

/**
 * Cuts the song into shots on downbeats. Each key moment's picture starts on the bar nearest its
 * moment and holds until the next one; within it, shots change every `barsPerShot` bars by how loud
 * the section is, counted from the section's first bar (so two-bar shots keep to the section's
 * even bars even after a key moment's cut), with a hard cut at every section change. Calm sections
 * dissolve, loud ones alternate cuts and whip pans; cuts that jump into a much louder part flash.
 */
export function planShots(options: ShotPlanOptions): ShotPlan {
  const { fps, moments } = options;
  const offset = options.beatOffsetSeconds ?? 0;
  const totalFrames = Math.max(1, Math.round(options.duration * fps));
  const grid = barGrid(options.downbeats, options.beats, options.duration);
  const toFrame = (seconds: number) => (seconds <= 0 ? 0 : Math.round((seconds + offset) * fps));
  const shortest = Math.max(2, Math.round(0.5 * fps));
  const gridFrames = grid.map(toFrame);
  const lastUsable = gridFrames.findLastIndex((frame) => frame <= totalFrames - shortest);

  const sectionAt = (index: number) => Math.max(0, options.sections.findLastIndex((section) => section.start <= grid[index] + 1e-6));
  const sectionStarts = new Set(options.sections.slice(1).map((section) => nearestIndex(grid, section.start)).filter((index) => index > 0));
  const momentStarts = new Map<number, number>();
  let previous = 0;
  for (let index = 1; index < moments.length; index++) {
    const at = Math.max(previous + 1, nearestIndex(grid, moments[index].timestamp));
    if (at > lastUsable) break;
    momentStarts.set(at, index);
    previous = at;
  }
  const sectionLoudness = options.sections.map((section) => meanOver(options.intensityCurve, section.start, section.end));
  const barSeconds = medianGap(grid);

  const starts: { gridIndex: number; momentIndex: number; reason: 'section' | 'moment' | 'rhythm' }[] = [{ gridIndex: 0, momentIndex: 0, reason: 'section' }];
  let momentIndex = 0;
  let sectionStart = 0;
  for (let index = 1; index <= lastUsable; index++) {
    const current = starts[starts.length - 1];
    if (sectionStarts.has(index)) sectionStart = index;
    const loudness = sectionLoudness[sectionAt(current.gridIndex)] ?? meanOver(options.intensityCurve, grid[current.gridIndex], grid[index]);
    const bars = barsPerShot(loudness, barSeconds);
    // On the section's bar count, and at least half a shot after the last cut (a moment may have cut between).
    const due = (index - sectionStart) % bars === 0 && index - current.gridIndex >= Math.ceil(bars / 2);
    if (momentStarts.has(index)) momentIndex = momentStarts.get(index)!;
    const reason = sectionStarts.has(index) ? 'section' : momentStarts.has(index) ? 'moment' : due ? 'rhythm' : undefined;
    if (reason && gridFrames[index] - gridFrames[current.gridIndex] >= shortest) starts.push({ gridIndex: index, momentIndex, reason });
  }

  const beatFrames = options.bpm > 0 ? (60 / options.bpm) * fps : 0.5 * fps;
  const crossfade = Math.round(Math.min(fps, Math.max(0.25 * fps, beatFrames)));
  const takes = new Map<number, number>();
  let rhythmCount = 0;
  const scenes = starts.map((start, index): PlannedShot => {
    const startFrame = gridFrames[start.gridIndex];
    const endFrame = index + 1 < starts.length ? gridFrames[starts[index + 1].gridIndex] : totalFrames;
    const sectionIndex = sectionAt(start.gridIndex);
    const loudness = sectionLoudness[sectionIndex] ?? moments[start.momentIndex].intensity;
    const take = takes.get(start.momentIndex) ?? 0;
    takes.set(start.momentIndex, take + 1);
    let transition: ShotTransition = 'cut';
    if (start.reason === 'rhythm' && loudness < 0.45) transition = 'crossfade';
    else if (start.reason !== 'section' && loudness >= 0.72) transition = rhythmCount++ % 2 === 1 ? 'whip' : 'cut';
    let transitionFrames = 0;
    if (transition === 'crossfade') {
      transitionFrames = Math.min(crossfade, Math.floor(0.4 * Math.min(startFrame - gridFrames[starts[index - 1].gridIndex], endFrame - startFrame)));
      if (transitionFrames < 2) [transition, transitionFrames] = ['cut', 0];
    }
    const before = index > 0 ? sectionLoudness[sectionAt(starts[index - 1].gridIndex)] ?? loudness : 0;
    const description = moments[start.momentIndex].description;
    const flash = index > 0 && start.reason !== 'rhythm' && (loudness - before >= 0.2 || (start.reason === 'moment' && (description === 'drop' || description === 'climax')));
    const intensity = Math.max(loudness, moments[start.momentIndex].intensity * 0.8);
    const framing = index % 2 === 0 ? 'wide' : 'close';
    return { momentIndex: start.momentIndex, startFrame: index === 0 ? 0 : startFrame, endFrame, transitionFrames, intensity, transition, sectionIndex, take, framing, flash };
  });
  const seconds = (frame: number) => frame / fps;
  return {
    fps, totalFrames, scenes,
    cuts: scenes.slice(1).map((scene) => seconds(scene.startFrame)),
    hardCuts: scenes.slice(1).filter((scene) => scene.transition !== 'crossfade').map((scene) => seconds(scene.startFrame)),
  };
}

function medianGap(times: readonly number[]): number {
  const gaps = times.slice(1).map((time, index) => time - times[index]).sort((first, second) => first - second);
  return gaps.length === 0 ? 2 : gaps[gaps.length >> 1];
}

function meanOver(curve: readonly number[], start: number, end: number): number {
  const from = Math.max(0, Math.floor(start));
  const to = Math.min(curve.length, Math.max(from + 1, Math.ceil(end)));
  if (from >= curve.length) return curve.at(-1) ?? 0.5;
  let sum = 0;
  for (let second = from; second < to; second++) sum += curve[second];
  return sum / (to - from);
}
