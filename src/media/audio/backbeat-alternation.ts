import { peakNear } from './envelope-peaks.ts';
import { subtractLocalMean, normalise } from './onset-envelope.ts';
import type { SpectralFeatures } from './spectral-features.ts';

/** Bands from here up carry the snare, claps and hats; the kick and the bass sit below. */
const highBandHz = 200;
/** As in the onset envelopes: quieter detail is noise, and a steady tone wobbles by a fraction of a dB. */
const dynamicRangeDb = 80;
const smallestRiseDb = 0.5;

/**
 * Onset strength per frame over the bands from 200 Hz up (unit standard deviation): beside the
 * low-band envelope, it tells a snare or clap from a kick. TypeScript only, as the tempo's
 * octave choice alone reads it.
 */
export function highBandEnvelope(features: SpectralFeatures): Float32Array {
  const { frameCount, melBandCount, melDb, melCenterHz } = features;
  let firstBand = 0;
  while (firstBand < melBandCount && melCenterHz[firstBand] < highBandHz) firstBand++;
  let loudest = -Infinity;
  for (let i = 0; i < melDb.length; i++) if (melDb[i] > loudest) loudest = melDb[i];
  const floor = loudest - dynamicRangeDb;
  const rises = new Float32Array(frameCount);
  for (let t = 1; t < frameCount; t++) {
    let sum = 0;
    for (let band = firstBand, cell = t * melBandCount + firstBand; band < melBandCount; band++, cell++) {
      const now = melDb[cell] > floor ? melDb[cell] : floor;
      const before = melDb[cell - melBandCount] > floor ? melDb[cell - melBandCount] : floor;
      if (now - before > smallestRiseDb) sum += now - before - smallestRiseDb;
    }
    rises[t] = sum / Math.max(1, melBandCount - firstBand);
  }
  return normalise(subtractLocalMean(rises, Math.round(features.frameRate)));
}

/**
 * How clearly kick and snare take turns from one pulse of `period` to the next (the backbeat of
 * most drum grooves: kick on 1 and 3, snare on 2 and 4): in each tempogram window, the pulses at
 * the phase where the onsets are strongest, and minus the lag-one autocorrelation of "low-band
 * minus high-band onset strength" along them, averaged over windows. About 1 at the beat of a
 * backbeat groove, about 0 at twice the beat (every pulse a kick) or half of it, and 0 without drums.
 */
export function backbeatAlternation(
  onsets: Float32Array,
  low: Float32Array,
  high: Float32Array,
  windowStarts: readonly number[],
  windowFrames: number,
  period: number,
): number {
  let total = 0;
  for (const start of windowStarts) {
    const end = Math.min(onsets.length - 1, start + windowFrames - 1);
    let bestPhase = 0;
    let bestMean = -1;
    for (let phase = 0; phase < period; phase++) {
      let sum = 0;
      let count = 0;
      for (let position = start + phase; position <= end; position += period) {
        sum += onsets[Math.round(position)];
        count++;
      }
      if (count > 0 && sum / count > bestMean) [bestMean, bestPhase] = [sum / count, phase];
    }
    const contrast: number[] = [];
    for (let position = start + bestPhase; position <= end; position += period) contrast.push(peakNear(low, position, 2) - peakNear(high, position, 2));
    total += -lagOneCorrelation(contrast);
  }
  return windowStarts.length > 0 ? total / windowStarts.length : 0;
}

/** The lag-one autocorrelation of `values` about their mean; 0 for fewer than four or a constant run. */
function lagOneCorrelation(values: number[]): number {
  if (values.length < 4) return 0;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  let product = 0;
  let variance = 0;
  for (let i = 0; i < values.length; i++) {
    variance += (values[i] - mean) ** 2;
    if (i > 0) product += (values[i] - mean) * (values[i - 1] - mean);
  }
  return variance > 0 ? product / variance : 0;
}
