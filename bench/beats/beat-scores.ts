import { beatFMeasure, tempoMatches } from '../../src/media/audio/testing/score-beats.ts';

/** One tracker's result on one song, scored as MIREX does (F-measure at ±70 ms, first 5 s ignored). */
export interface Score {
  fMeasure: number;
  /**
   * The best F-measure against the reference at another metrical level too: doubled, halved (either
   * phase) or shifted to the off-beat, as AMLt allows. It says how many misses are level errors;
   * F-measure stays the headline.
   */
  fAnyLevel: number;
  /** Tempo within 4 % of the reference. */
  strict: boolean;
  /** Within 4 % of the reference or of its double, half, triple or third (a metrical-level error). */
  lenient: boolean;
  bpm: number;
}

export function scoreBeats(beats: number[], bpm: number, referenceBeats: number[], referenceBpm: number): Score {
  return {
    fMeasure: beatFMeasure(beats, referenceBeats),
    fAnyLevel: Math.max(...metricalLevels(referenceBeats).map((level) => beatFMeasure(beats, level))),
    strict: tempoMatches(bpm, referenceBpm),
    lenient: tempoMatches(bpm, referenceBpm, { lenient: true }),
    bpm,
  };
}

/** The reference beats at the metrical levels AMLt accepts: as written, doubled, halved (both phases), off-beat. */
function metricalLevels(beats: readonly number[]): number[][] {
  const between = beats.slice(1).map((time, i) => (time + beats[i]) / 2);
  const doubled = [...beats, ...between].sort((a, b) => a - b);
  return [[...beats], doubled, beats.filter((_, i) => i % 2 === 0), beats.filter((_, i) => i % 2 === 1), between];
}

export interface SetSummary {
  songs: number;
  mean_f_measure: number;
  mean_f_any_level: number;
  tempo_within_4pct: number;
  tempo_within_4pct_any_octave: number;
}

export function summarise(scores: Score[]): SetSummary {
  return {
    songs: scores.length,
    mean_f_measure: round(scores.reduce((sum, s) => sum + s.fMeasure, 0) / Math.max(1, scores.length)),
    mean_f_any_level: round(scores.reduce((sum, s) => sum + s.fAnyLevel, 0) / Math.max(1, scores.length)),
    tempo_within_4pct: scores.filter((s) => s.strict).length,
    tempo_within_4pct_any_octave: scores.filter((s) => s.lenient).length,
  };
}

/** A table cell: tempo, a mark (blank: right, ~: wrong octave, !: wrong), F-measure. */
export function scoreCell(s: Score | undefined): string {
  if (!s) return '   -        -  ';
  const mark = s.strict ? ' ' : s.lenient ? '~' : '!';
  return `${s.bpm.toFixed(1).padStart(6)}${mark} ${s.fMeasure.toFixed(3)}`;
}

export const round = (value: number) => Math.round(value * 1000) / 1000;
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
