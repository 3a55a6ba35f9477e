/** Relative period deviations tried around the candidate: the autocorrelation peak may be off by a fraction of a frame. */
const periodOffsets = [-0.01, -0.005, 0, 0.005, 0.01];

/**
 * How strongly a pulse train of about `period` frames lines up with the onset envelope: in each
 * window, the mean envelope value on the pulses at the best phase (and best period within ±1 %),
 * averaged over windows. Per-window fitting lets the train follow small drifts, and the period
 * search keeps a candidate that is 0.5 % off from losing the beat by the end of a 12 s window.
 */
export function pulseSalience(
  envelope: Float32Array,
  windowStarts: readonly number[],
  windowFrames: number,
  period: number,
): number {
  let total = 0;
  for (const start of windowStarts) {
    const end = Math.min(envelope.length - 1, start + windowFrames - 1);
    let best = 0;
    for (const offset of periodOffsets) best = bestPhaseMean(envelope, start, end, period * (1 + offset), best);
    total += best;
  }
  return windowStarts.length > 0 ? total / windowStarts.length : 0;
}

/**
 * The larger of `best` and the mean envelope on the pulses start + phase, + step, ... up to `end`
 * at each whole phase below `step`. A WebAssembly twin of this and bestHitPhaseRate saved nothing
 * on a three-minute song (26 vs 25 ms: bench/beats/kernel-twins.ts), so it went.
 */
function bestPhaseMean(envelope: Float32Array, start: number, end: number, step: number, best: number): number {
  for (let phase = 0; phase < step; phase++) {
    let sum = 0;
    let count = 0;
    for (let position = start + phase; position <= end; position += step) {
      sum += envelope[Math.round(position)];
      count++;
    }
    if (count > 0 && sum / count > best) best = sum / count;
  }
  return best;
}

/** A light [1 2 1]/4 smoothing so a pulse landing one frame off its onset still counts. */
export function smoothEnvelope(envelope: Float32Array): Float32Array {
  const smooth = new Float32Array(envelope.length);
  for (let i = 0; i < envelope.length; i++) {
    const before = envelope[Math.max(0, i - 1)];
    const after = envelope[Math.min(envelope.length - 1, i + 1)];
    smooth[i] = 0.25 * before + 0.5 * envelope[i] + 0.25 * after;
  }
  return smooth;
}

/**
 * The share of pulses that land on an onset (the envelope above `threshold` within a frame), at the
 * phase that lands most, averaged over windows. The beat is a level at which nearly every pulse is
 * struck; a train twice as fast as the music's pulses finds every other one empty.
 */
export function pulseHitRate(
  envelope: Float32Array,
  windowStarts: readonly number[],
  windowFrames: number,
  period: number,
  threshold: number,
): number {
  let total = 0;
  for (const start of windowStarts) {
    const end = Math.min(envelope.length - 2, start + windowFrames - 1);
    total += bestHitPhaseRate(envelope, start, end, period, threshold, 0);
  }
  return windowStarts.length > 0 ? total / windowStarts.length : 0;
}

/**
 * The larger of `best` and the share of the pulses start + phase, + step, ... up to `end` that land
 * on an onset, at each whole phase below `step`.
 */
function bestHitPhaseRate(envelope: Float32Array, start: number, end: number, step: number, threshold: number, best: number): number {
  for (let phase = 0; phase < step; phase++) {
    let hits = 0;
    let count = 0;
    for (let position = start + phase; position <= end; position += step) {
      const frame = Math.round(position);
      // The largest of the three is above the threshold when any one is (the values are finite);
      // comparisons, as V8's mid-tier code calls Math.max out of line.
      const before = frame > 0 ? envelope[frame - 1] : 0;
      if (before > threshold || envelope[frame] > threshold || envelope[frame + 1] > threshold) hits++;
      count++;
    }
    if (count > 0 && hits / count > best) best = hits / count;
  }
  return best;
}
