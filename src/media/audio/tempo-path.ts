import type { Tempogram } from './tempogram.ts';

/**
 * Periods within this factor of the song's tempo are followed; larger jumps are metrical errors, not
 * tempo changes. It stays below 4/3: a syncopated 3+3+2 pattern is periodic at three quarters of the
 * beat, and with 1.4 the path drifted onto it (120 heard as 160 BPM, 80 as 107).
 */
const widestChange = 1.3;
/** Steps per octave of the period grid (about 1.5 % apart). */
const stepsPerOctave = 48;
/** Cost of moving one grid step between neighbouring windows, against a best-window score of 1. */
const stepCost = 0.04;

/**
 * The beat period in every onset frame, allowing the tempo to change. A Viterbi path through the
 * tempogram (restricted to periods near the song's) picks one period per window; moving costs in
 * proportion to the size of the step, so the path stays put through fills and breaks but follows a
 * real change. Windows the path agrees with the global period keep that exact period.
 */
export function trackTempoPath(tempogram: Tempogram, globalPeriod: number, frameCount: number): Float32Array {
  const { rows, starts, windowFrames, maxLag } = tempogram;
  const span = Math.floor(stepsPerOctave * Math.log2(widestChange));
  const states: number[] = [];
  for (let step = -span; step <= span; step++) {
    const period = globalPeriod * 2 ** (step / stepsPerOctave);
    if (period >= 2 && period < maxLag - 1) states.push(period);
  }
  const periods = new Float32Array(frameCount).fill(globalPeriod);
  if (states.length === 0 || rows.length === 0) return periods;

  const emissions = rows.map((row) => {
    const values = states.map((period) => interpolate(row, period) + 0.5 * interpolate(row, 2 * period));
    const peak = Math.max(...values, 1e-9);
    return values.map((value) => Math.max(0, value) / peak);
  });
  const stateCount = states.length;
  let score = emissions[0].slice();
  const back: Int32Array[] = [];
  for (let w = 1; w < rows.length; w++) {
    const next = new Array<number>(stateCount);
    const links = new Int32Array(stateCount);
    for (let s = 0; s < stateCount; s++) {
      let best = -Infinity;
      for (let previous = 0; previous < stateCount; previous++) {
        const value = score[previous] - stepCost * Math.abs(s - previous);
        if (value > best) {
          best = value;
          links[s] = previous;
        }
      }
      next[s] = best + emissions[w][s];
    }
    back.push(links);
    score = next;
  }
  const path = new Array<number>(rows.length);
  path[rows.length - 1] = score.indexOf(Math.max(...score));
  for (let w = rows.length - 1; w > 0; w--) path[w - 1] = back[w - 1][path[w]];

  // Each frame takes the period of the window whose centre is nearest.
  const centres = starts.map((start) => start + windowFrames / 2);
  let window = 0;
  for (let t = 0; t < frameCount; t++) {
    while (window + 1 < centres.length && Math.abs(centres[window + 1] - t) <= Math.abs(centres[window] - t)) window++;
    const period = states[path[window]];
    periods[t] = Math.abs(period / globalPeriod - 1) < 0.02 ? globalPeriod : period;
  }
  return periods;
}

/** `values` linearly interpolated at a fractional `position`; 0 from the last value on. */
export function interpolate(values: Float32Array, position: number): number {
  const index = Math.floor(position);
  if (index + 1 >= values.length) return 0;
  const fraction = position - index;
  return values[index] * (1 - fraction) + values[index + 1] * fraction;
}
