/**
 * The editor's pending changes to a finished music video and the rules they follow, kept apart from
 * the page so they can be checked without a browser: where a cut may go, which bar lines a new bar 1
 * gives, and the body `POST /api/music-videos/:id/edits` takes.
 */
import { downbeatsFrom } from '../../../src/media/video/bar-grid.ts';

/** A picture swapped for an image the user uploaded. */
export interface PictureSwap {
  /** Position in the output's `imageAssetIds`. */
  moment: number;
  assetId: string;
  /** The uploaded file's name, to list the change by. */
  name: string;
}

export interface PendingEdits {
  /** Moved cuts: position in the output's `cuts` → seconds it moves to. */
  moves: Record<number, number>;
  barOneSeconds?: number;
  swaps: PictureSwap[];
  /** Pictures to draw again (positions in `imageAssetIds`), each a new drawing of the same prompt. */
  redraws: number[];
  /** Sections (positions in the analysis' `sections`) → the style words their pictures are drawn from. */
  sectionStyles: Record<number, string>;
}

export const noEdits: PendingEdits = { moves: {}, swaps: [], redraws: [], sectionStyles: {} };

/** The longest style text the server takes, for a section as for the whole video. */
export const longestStyle = 500;

/** What is wrong with a section's style words, or undefined when the server will take them. */
export function sectionStyleProblem(style: string): string | undefined {
  const words = style.trim();
  if (words.length === 0) return 'Write a few words for how this section should look.';
  if (words.length > longestStyle) return `Style words are at most ${longestStyle} characters; these are ${words.length}.`;
  return undefined;
}

/** The API keeps a cut half a second from its neighbours. */
export const shortestShotSeconds = 0.5;

/** The cuts where they will be once the pending moves are made. */
export function movedCuts(cuts: readonly number[], moves: PendingEdits['moves']): number[] {
  return cuts.map((cut, index) => moves[index] ?? cut);
}

/**
 * Where cut `index` may go. The route checks the room against the cuts as listed and the renderer
 * against the cuts already moved, so both bound it; one frame inside each end, because the renderer
 * rounds the time to a frame and a cut exactly half a second away could round to just under it.
 */
export function cutLimits(cuts: readonly number[], moves: PendingEdits['moves'], index: number, duration: number, fps: number): { min: number; max: number } {
  const now = movedCuts(cuts, moves);
  const before = Math.max(index === 0 ? 0 : cuts[index - 1], index === 0 ? 0 : now[index - 1]);
  const after = Math.min(cuts[index + 1] ?? duration, now[index + 1] ?? duration);
  const frame = 1 / fps;
  return { min: Math.ceil((before + shortestShotSeconds + frame) * 1000) / 1000, max: Math.floor((after - shortestShotSeconds - frame) * 1000) / 1000 };
}

/** `seconds` held within the cut's limits and rounded to a millisecond, as the output lists cuts. */
export function clampCut(seconds: number, limits: { min: number; max: number }): number {
  return Math.round(Math.min(limits.max, Math.max(limits.min, seconds)) * 1000) / 1000;
}

/** The beat nearest `seconds` (the server takes bar 1 to the nearest beat too), or `seconds` with no beats. */
export function nearestBeat(beats: readonly number[], seconds: number): number {
  if (beats.length === 0) return seconds;
  return beats.reduce((best, beat) => (Math.abs(beat - seconds) < Math.abs(best - seconds) ? beat : best));
}

/** The bar lines to draw: the tracker's, or those following from a bar 1 set by hand. */
export function barLines(analysis: { downbeats: number[]; beats: number[] }, barOneSeconds: number | undefined): number[] {
  return barOneSeconds === undefined ? analysis.downbeats : downbeatsFrom(barOneSeconds, analysis.downbeats, analysis.beats);
}

/** The JSON body of the edits route: moves name each cut by its listed time. */
export function editsRequest(cuts: readonly number[], edits: PendingEdits) {
  const moveCuts = Object.entries(edits.moves)
    .map(([index, to]) => ({ from: cuts[Number(index)], to }))
    .filter((move) => move.from !== move.to);
  return {
    ...(moveCuts.length > 0 ? { moveCuts } : {}),
    ...(edits.barOneSeconds === undefined ? {} : { barOneSeconds: edits.barOneSeconds }),
    ...(edits.swaps.length > 0 ? { swapPictures: edits.swaps.map(({ moment, assetId }) => ({ moment, assetId })) } : {}),
    ...(edits.redraws.length > 0 ? { regeneratePictures: edits.redraws.map((moment) => ({ moment })) } : {}),
    ...(Object.keys(edits.sectionStyles).length > 0
      ? { sectionStyles: Object.entries(edits.sectionStyles).map(([section, style]) => ({ section: Number(section), style: style.trim() })) } : {}),
  };
}

export function hasEdits(cuts: readonly number[], edits: PendingEdits): boolean {
  return Object.keys(editsRequest(cuts, edits)).length > 0;
}

/** Seconds as the editor lists them: two decimals. */
export function seconds(value: number): string {
  return `${value.toFixed(2)} s`;
}
