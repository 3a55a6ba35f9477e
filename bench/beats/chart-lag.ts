import type { OnsetCurve } from './spectral-flux.ts';

/** How a chart's notes line up with a recording's onsets. */
export interface ChartLag {
  /** The best lag in seconds: the recording plays a note at its chart time plus this. */
  lagSeconds: number;
  /** The mean standardised onset strength at the notes, at the best lag (0: no better than chance). */
  peak: number;
  /** The highest other local maximum at least 30 ms from the best lag (a note grid's echo, often). */
  runnerUp: number;
  /** Whether the best lag lies inside the searched range rather than on its edge. */
  inside: boolean;
  /** The notes that fell on the curve. */
  notes: number;
}

/** A lag this far from the best is another candidate, not the same peak's shoulder. */
const apartSeconds = 0.03;

/**
 * Cross-correlates note times with an onset curve over lags of ±`maxLagSeconds`, one frame a step:
 * for each lag, the mean of the standardised curve (zero mean, unit variance) at the notes' frames.
 */
export function chartLag(noteTimes: readonly number[], curve: OnsetCurve, maxLagSeconds = 0.3): ChartLag {
  const { values, frameSeconds, firstFrameSeconds } = curve;
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const deviation = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length)) || 1;
  const span = Math.round(maxLagSeconds / frameSeconds);
  const frames = noteTimes.map((time) => Math.round((time - firstFrameSeconds) / frameSeconds)).filter((frame) => frame - span >= 0 && frame + span < values.length);
  const correlation = Array.from({ length: 2 * span + 1 }, (_, index) => {
    const shift = index - span;
    return frames.reduce((sum, frame) => sum + (values[frame + shift] - mean) / deviation, 0) / Math.max(1, frames.length);
  });
  let best = 0;
  correlation.forEach((value, index) => {
    if (value > correlation[best]) best = index;
  });
  const apart = Math.round(apartSeconds / frameSeconds);
  let runnerUp = -Infinity;
  for (let index = 1; index < correlation.length - 1; index++) {
    const isPeak = correlation[index] >= correlation[index - 1] && correlation[index] >= correlation[index + 1];
    if (isPeak && Math.abs(index - best) >= apart) runnerUp = Math.max(runnerUp, correlation[index]);
  }
  return {
    lagSeconds: (best - span) * frameSeconds,
    peak: correlation[best],
    runnerUp,
    inside: best > 0 && best < correlation.length - 1,
    notes: frames.length,
  };
}

/**
 * A clear peak: inside the range, and above every other local maximum 30 ms or more away by more than
 * three standard errors of a mean of `notes` unit-variance values (3/√notes), so the best lag is not
 * chance. Notes are not independent, so this is a floor, not a test.
 * It replaced a first rule (a peak of at least 1.0 and 1.2 times the runner-up), fixed before any song
 * was checked, which kept one song of eight: on dense distorted guitar every 16th has an onset, so the
 * notes' mean flux stands 0.2-0.8 deviations above the curve's mean even where the lag is plain (the
 * same in both halves of a song). Changed on the alignment table alone; no tracker had been run.
 */
export function isClearPeak(lag: ChartLag): boolean {
  return lag.inside && lag.notes > 0 && lag.peak - lag.runnerUp > 3 / Math.sqrt(lag.notes);
}

