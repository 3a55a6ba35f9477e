/** Peaks of an onset envelope near a frame: what the beat-placement steps (swing, off-beat, downbeats) read. */

/** The strongest value of `envelope` within `reach` frames of `position` (rounded), and never below 0. */
export function peakNear(envelope: Float32Array, position: number, reach: number): number {
  const centre = Math.round(position);
  let peak = 0;
  for (let t = Math.max(0, centre - reach); t <= Math.min(envelope.length - 1, centre + reach); t++) peak = Math.max(peak, envelope[t]);
  return peak;
}

/** The frame of the strongest onset within `reach` of `frame`, so a moved beat sits on its note. */
export function snapToPeak(envelope: Float32Array, frame: number, reach: number): number {
  let best = Math.min(envelope.length - 1, Math.max(0, frame));
  for (let t = Math.max(0, frame - reach); t <= Math.min(envelope.length - 1, frame + reach); t++) if (envelope[t] > envelope[best]) best = t;
  return best;
}
