/** How strongly the tracker keeps to the expected period (Ellis 2007's "tightness"). */
const tightness = 100;

/**
 * Beat tracking by dynamic programming (Ellis 2007). Each frame's best score is its onset strength
 * plus the best score of an earlier beat, penalised by how far the gap strays from the local period
 * on a log scale; backtracking from the best final beat gives the beat sequence that best balances
 * landing on onsets against keeping a steady tempo.
 * Returns beat positions in frames. `onsets`, when the envelope mixes in more than onset strength
 * (the harmonic change), is what decides where the music falls silent at either end.
 */
export function trackBeats(envelope: Float32Array, periods: Float32Array, onsets: Float32Array = envelope): number[] {
  const frameCount = envelope.length;
  const score = new Float64Array(frameCount);
  const previousBeat = new Int32Array(frameCount).fill(-1);
  // The penalty of each gap, tabled while the period stays the same (the tempo path changes it
  // between windows of seconds only): a million logarithms become a few thousand.
  let penalty: Float64Array = new Float64Array(0);
  let penaltyPeriod = NaN;
  for (let t = 0; t < frameCount; t++) {
    const period = periods[t];
    if (period !== penaltyPeriod) {
      penalty = gapPenalties(period);
      penaltyPeriod = period;
    }
    const from = Math.max(0, t - Math.round(2 * period));
    const to = t - Math.max(1, Math.round(period / 2));
    let best = 0;
    for (let candidate = from; candidate <= to; candidate++) {
      const value = score[candidate] - penalty[t - candidate];
      if (value > best) {
        best = value;
        previousBeat[t] = candidate;
      }
    }
    score[t] = envelope[t] + best;
  }

  // The last beat is the best-scoring frame within one period of the end.
  const lastPeriod = periods[frameCount - 1];
  let last = Math.max(0, frameCount - Math.round(lastPeriod));
  for (let t = last; t < frameCount; t++) if (score[t] > score[last]) last = t;
  const beats: number[] = [];
  for (let beat = last; beat >= 0; beat = previousBeat[beat]) beats.push(beat);
  beats.reverse();
  return trimSilentEnds(beats, onsets);
}

/** `tightness · ln(gap / period)²` for every gap the tracker looks back over (1 to 2·period frames). */
function gapPenalties(period: number): Float64Array {
  const penalty = new Float64Array(Math.round(2 * period) + 1);
  for (let gap = 1; gap < penalty.length; gap++) {
    const deviation = Math.log(gap / period);
    penalty[gap] = tightness * deviation * deviation;
  }
  return penalty;
}

/**
 * The path runs on through silent intros and tails, where nobody hears a beat: drop leading and
 * trailing beats whose onset strength is below half the root mean square of all beats' strengths.
 */
function trimSilentEnds(beats: number[], envelope: Float32Array): number[] {
  if (beats.length < 3) return beats;
  const strength = beats.map((frame) => {
    let peak = 0;
    for (let t = Math.max(0, frame - 2); t <= Math.min(envelope.length - 1, frame + 2); t++) peak = Math.max(peak, envelope[t]);
    return peak;
  });
  const rms = Math.sqrt(strength.reduce((sum, value) => sum + value * value, 0) / strength.length);
  const threshold = 0.5 * rms;
  // Smooth over neighbouring beats so one soft beat inside the music is not taken for the edge.
  const smooth = strength.map((_, i) => (strength[Math.max(0, i - 1)] + strength[i] + strength[Math.min(strength.length - 1, i + 1)]) / 3);
  let first = 0;
  while (first < beats.length && smooth[first] < threshold) first++;
  let end = beats.length;
  while (end > first && smooth[end - 1] < threshold) end--;
  return beats.slice(first, end);
}
