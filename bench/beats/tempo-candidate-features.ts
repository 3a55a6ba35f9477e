import { scoreTempoCandidates, type TempoCandidate } from '../../src/media/audio/estimate-tempo.ts';
import { standardDeviation } from '../../src/media/audio/standard-deviation.ts';
import type { OnsetEnvelopes } from '../../src/media/audio/onset-envelope.ts';
import { pulseHitRate, pulseSalience, smoothEnvelope } from '../../src/media/audio/pulse-salience.ts';
import { interpolate } from '../../src/media/audio/tempo-path.ts';
import { computeTempogram, type Tempogram } from '../../src/media/audio/tempogram.ts';

/** A tempo candidate with the metrical cues an octave choice may weigh besides its score's terms. */
export interface TempoCandidateFeatures extends TempoCandidate {
  /** Mean low-band (kick, bass) onset strength on the pulses at their best phase. */
  lowSalience: number;
  lowHitRate: number;
  /** The low band's mean autocorrelation at the period. */
  lowPeriodicity: number;
  /** Mean onset strength halfway between pulses over that on the pulses (best phase per window). */
  midpointRatio: number;
  /** The same a third and two thirds of the way (triple subdivision). */
  thirdsRatio: number;
  /** Accented onsets (smoothed-envelope peaks above one standard deviation) per pulse. */
  accentsPerPulse: number;
  /** The song's autocorrelation at half, twice, three and four times the period. */
  periodicityHalf: number;
  periodicityDouble: number;
  periodicityTriple: number;
  periodicityQuadruple: number;
}

/** Every candidate estimateTempo weighs, with the cues above (for fitting and diagnosing the octave choice). */
export function candidateFeatures(envelopes: OnsetEnvelopes, frameRate: number, tempogram: Tempogram): TempoCandidateFeatures[] {
  const candidates = scoreTempoCandidates(envelopes.full, frameRate, tempogram);
  const smooth = smoothEnvelope(envelopes.full);
  const low = smoothEnvelope(envelopes.low);
  const lowTempogram = computeTempogram(envelopes.low, frameRate);
  const lowThreshold = standardDeviation(envelopes.low);
  const accents = accentCount(smooth, standardDeviation(envelopes.full));
  return candidates.map((candidate) => {
    const { period } = candidate;
    const [onPulse, midpoint, thirds] = phaseProfile(smooth, tempogram.starts, tempogram.windowFrames, period);
    return {
      ...candidate,
      lowSalience: pulseSalience(low, tempogram.starts, tempogram.windowFrames, period),
      lowHitRate: pulseHitRate(low, tempogram.starts, tempogram.windowFrames, period, lowThreshold),
      lowPeriodicity: interpolate(lowTempogram.mean, period),
      midpointRatio: midpoint / Math.max(1e-9, onPulse),
      thirdsRatio: thirds / Math.max(1e-9, onPulse),
      accentsPerPulse: (accents / smooth.length) * period,
      periodicityHalf: interpolate(tempogram.mean, period / 2),
      periodicityDouble: interpolate(tempogram.mean, 2 * period),
      periodicityTriple: interpolate(tempogram.mean, 3 * period),
      periodicityQuadruple: interpolate(tempogram.mean, 4 * period),
    };
  });
}

/** Per window, the best phase's mean on the pulses, halfway between them and at the thirds; averaged over windows. */
function phaseProfile(envelope: Float32Array, starts: readonly number[], windowFrames: number, period: number): [number, number, number] {
  let onPulse = 0;
  let midpoint = 0;
  let thirds = 0;
  const meanAt = (start: number, end: number, offset: number) => {
    let sum = 0;
    let count = 0;
    for (let position = start + offset; position <= end; position += period) {
      sum += envelope[Math.round(position)];
      count++;
    }
    return count > 0 ? sum / count : 0;
  };
  for (const start of starts) {
    const end = Math.min(envelope.length - 1, start + windowFrames - 1);
    let bestPhase = 0;
    let best = -1;
    for (let phase = 0; phase < period; phase++) {
      const value = meanAt(start, end - period, phase);
      if (value > best) {
        best = value;
        bestPhase = phase;
      }
    }
    onPulse += best;
    midpoint += meanAt(start, end, bestPhase + period / 2);
    thirds += (meanAt(start, end, bestPhase + period / 3) + meanAt(start, end, bestPhase + (2 * period) / 3)) / 2;
  }
  const windows = Math.max(1, starts.length);
  return [onPulse / windows, midpoint / windows, thirds / windows];
}

function accentCount(smooth: Float32Array, threshold: number): number {
  let count = 0;
  for (let t = 1; t + 1 < smooth.length; t++) if (smooth[t] > threshold && smooth[t] >= smooth[t - 1] && smooth[t] > smooth[t + 1]) count++;
  return count;
}
