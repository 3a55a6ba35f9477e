import type { AudioAnalysis } from '../../src/media/audio/audio-analysis-schema.ts';
import { beatFMeasure } from '../../src/media/audio/testing/score-beats.ts';
import { planShots } from '../../src/media/video/plan-shots.ts';
import { median, round } from './beat-scores.ts';

/** How well one analysis finds the bar, and how the music video's edit of it lands on the written bar lines. */
export interface BarScore {
  /** Downbeat F-measure against the written bar lines (±70 ms, first 5 s ignored), as beats are scored. */
  downbeatF: number;
  /** The planned video's shot changes (hard cuts and dissolves) that fall within the written span. */
  cuts: number;
  /** Of those, the ones within ±70 ms of a written bar line. */
  cutsOnBars: number;
  /** Median seconds between shot changes: the pace of the edit. */
  medianShotSeconds: number;
}

/** The frame rate the bench plans at: the studio's default. */
const fps = 30;
const tolerance = 0.07;

/**
 * Scores the downbeats and plans the video's shots from the analysis exactly as the video step does
 * (its key moments, sections and loudness), then counts the cuts on the written bar lines. Cuts
 * before 5 s or after the last written bar are not counted, as with the beats.
 */
export function scoreBars(analysis: AudioAnalysis, referenceDownbeats: readonly number[]): BarScore {
  const plan = planShots({
    duration: analysis.duration,
    fps,
    moments: analysis.key_moments,
    beats: analysis.beats,
    bpm: analysis.tempo.bpm,
    downbeats: analysis.downbeats,
    sections: analysis.sections,
    intensityCurve: analysis.intensity_curve,
  });
  const lastBar = referenceDownbeats[referenceDownbeats.length - 1] ?? 0;
  const counted = plan.cuts.filter((cut) => cut >= 5 && cut <= lastBar + tolerance);
  const onBars = counted.filter((cut) => referenceDownbeats.some((bar) => Math.abs(bar - cut) <= tolerance + 0.5 / fps));
  const edges = [0, ...plan.cuts, analysis.duration];
  const shots = edges.slice(1).map((end, index) => end - edges[index]);
  return {
    downbeatF: beatFMeasure(analysis.downbeats, referenceDownbeats, { toleranceSeconds: tolerance }),
    cuts: counted.length,
    cutsOnBars: onBars.length,
    medianShotSeconds: median(shots),
  };
}

export interface BarSummary {
  songs: number;
  mean_downbeat_f: number;
  /** Pieces whose downbeat F reaches 0.8 (the issue's goal per piece). */
  downbeat_f_at_least_0_8: number;
  /** Share of all counted cuts, over the set, that fall on a written bar line. */
  cuts_on_bars: number;
  cuts: number;
  median_shot_seconds: number;
  /**
   * Mean downbeat F over the pieces whose beats were found (beat F ≥ 0.9), and how many those are:
   * what is left there is the bar's own error, not the beat's.
   */
  downbeat_f_where_beats_right: number | null;
  beats_right: number;
}

/** `beatF`, when given, holds each piece's beat F-measure in the same order as `scores`. */
export function summariseBars(scores: readonly BarScore[], beatF?: readonly number[]): BarSummary {
  const cuts = scores.reduce((sum, score) => sum + score.cuts, 0);
  const beatsRight = beatF ? scores.filter((_, index) => beatF[index] >= 0.9) : [];
  return {
    songs: scores.length,
    mean_downbeat_f: round(scores.reduce((sum, score) => sum + score.downbeatF, 0) / Math.max(1, scores.length)),
    downbeat_f_at_least_0_8: scores.filter((score) => score.downbeatF >= 0.8).length,
    cuts_on_bars: round(scores.reduce((sum, score) => sum + score.cutsOnBars, 0) / Math.max(1, cuts)),
    cuts,
    median_shot_seconds: scores.length === 0 ? 0 : round(median(scores.map((score) => score.medianShotSeconds))),
    downbeat_f_where_beats_right: beatsRight.length === 0 ? null : round(beatsRight.reduce((sum, score) => sum + score.downbeatF, 0) / beatsRight.length),
    beats_right: beatsRight.length,
  };
}

/** A table cell: downbeat F, then cuts on bar lines out of cuts. */
export function barCell(score: BarScore): string {
  return `${score.downbeatF.toFixed(3)} ${`${score.cutsOnBars}/${score.cuts}`.padStart(7)} ${score.medianShotSeconds.toFixed(1).padStart(4)}s`;
}

export function barLine(name: string, scores: readonly BarScore[], beatF: readonly number[]): string {
  const summary = summariseBars(scores, beatF);
  const whereRight = summary.downbeat_f_where_beats_right === null ? '' : `; where the beats are right (${summary.beats_right}) ${summary.downbeat_f_where_beats_right.toFixed(3)}`;
  return `${name.padEnd(17)} downbeat F ${summary.mean_downbeat_f.toFixed(3)} (≥ 0.8 on ${summary.downbeat_f_at_least_0_8}/${summary.songs}), cuts on bar lines ${(100 * summary.cuts_on_bars).toFixed(1)}% of ${summary.cuts}, median shot ${summary.median_shot_seconds.toFixed(2)} s${whereRight}`;
}
