/** Scoring as beat-tracking evaluations do it (MIREX, Davies et al. 2009). */
export interface BeatScoreOptions {
  /** Half-width of the window in which a detected beat counts as a hit, in seconds. */
  toleranceSeconds?: number;
  /** Beats before this time are ignored in both lists, as trackers need a few seconds to lock on. */
  skipSeconds?: number;
}

/** F-measure of detected beats against reference beats; each reference beat matches at most one detection. */
export function beatFMeasure(detected: readonly number[], reference: readonly number[], options: BeatScoreOptions = {}): number {
  const tolerance = options.toleranceSeconds ?? 0.07;
  const skip = options.skipSeconds ?? 5;
  const found = detected.filter((time) => time >= skip);
  const truth = reference.filter((time) => time >= skip);
  if (found.length === 0 && truth.length === 0) return 1;
  if (found.length === 0 || truth.length === 0) return 0;
  let hits = 0;
  let next = 0;
  for (const time of truth) {
    while (next < found.length && found[next] < time - tolerance) next++;
    if (next < found.length && Math.abs(found[next] - time) <= tolerance) {
      hits++;
      next++;
    }
  }
  const precision = hits / found.length;
  const recall = hits / truth.length;
  return hits === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Whether an estimated tempo is within `tolerance` (relative) of the reference, or of its double, half or triple when `lenient`. */
export function tempoMatches(estimatedBpm: number, referenceBpm: number, options: { tolerance?: number; lenient?: boolean } = {}): boolean {
  const tolerance = options.tolerance ?? 0.04;
  const factors = options.lenient ? [1, 2, 0.5, 3, 1 / 3] : [1];
  return factors.some((factor) => Math.abs(estimatedBpm - referenceBpm * factor) <= tolerance * referenceBpm * factor);
}
